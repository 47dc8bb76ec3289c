"""What the Sessionize model keeps as custom fields: tracks, types, languages, recording
flags as session categories; subtitles, long descriptions, links and recording licenses
as answers to session questions. Only fields some event uses are created, except the
track, which comes first because frab exports read the first session category as it.
"""

from podium.importers import program as p
from podium.importers.frab import schedule as f
from podium.importers.frab.ids import Counter, IdBook

TRACK = "Track"
CATEGORIES = (TRACK, "Type", "Language", "Recording")
NOT_RECORDED, NOT_STREAMED = "Not recorded", "Not streamed"
QUESTIONS = {
    "Subtitle": "Short_Text",
    "Description": "Long_Text",
    "Links": "Long_Text",
    "Recording license": "Short_Text",
}


def choices(event: f.Event) -> dict[str, list[str]]:
    recording = [NOT_RECORDED] if event.do_not_record else []
    recording += [NOT_STREAMED] if event.do_not_stream else []
    return {
        TRACK: [event.track] if event.track else [],
        "Type": [event.type] if event.type else [],
        "Language": [event.language] if event.language else [],
        "Recording": recording,
    }


def answers(event: f.Event) -> dict[str, str | None]:
    # The abstract is the session's description; a longer text beside it is kept apart.
    extra = event.description if event.abstract and event.description != event.abstract else None
    links = "\n".join(
        f"{link.title}: {link.url}" if link.title else link.url for link in event.links
    )
    return {
        "Subtitle": event.subtitle,
        "Description": extra,
        "Links": links or None,
        "Recording license": event.recording_license,
    }


class CustomFields:
    """The categories and questions of a schedule, with the ids each event uses."""

    def __init__(self, schedule: f.Schedule, book: IdBook):
        names: dict[str, dict[str, None]] = {title: {} for title in CATEGORIES}
        names[TRACK].update(dict.fromkeys(schedule.tracks))
        asked: set[str] = set()
        for event in schedule.events:
            for title, values in choices(event).items():
                names[title].update(dict.fromkeys(values))
            asked.update(title for title, value in answers(event).items() if value)
        category_ids = Counter(book.category_by_title)
        item_ids = Counter(book.item_by_name)
        self.item_ids: dict[tuple[str, str], int] = {}
        self.categories: list[p.Category] = []
        for title, values in names.items():
            if not values and title != TRACK:
                continue
            items = []
            for sort, name in enumerate(values):
                number = item_ids.id_for(book.item_by_name.get((title, name)))
                self.item_ids[title, name] = number
                items.append(p.Item(id=number, name=name, sort=sort))
            number = category_ids.id_for(book.category_by_title.get(title))
            self.categories.append(
                p.Category(
                    id=number, title=title, sort=len(self.categories), type="session", items=items
                )
            )
        question_ids = Counter(book.question_by_title)
        self.question_ids = {
            title: question_ids.id_for(book.question_by_title.get(title))
            for title in QUESTIONS
            if title in asked
        }
        self.questions = [
            p.Question(id=number, question=title, question_type=QUESTIONS[title], sort=sort)
            for sort, (title, number) in enumerate(self.question_ids.items())
        ]

    def items_of(self, event: f.Event) -> list[int]:
        return [
            self.item_ids[title, name]
            for title, values in choices(event).items()
            for name in values
        ]

    def answers_of(self, event: f.Event) -> list[p.Answer]:
        return [
            p.Answer(question_id=self.question_ids[title], value=value)
            for title, value in answers(event).items()
            if value
        ]
