"""Checks across a parsed program: unique ids, references that resolve, consistent lists.

Also settles what the wire leaves implicit: a question's target (where its answers
occur) and the type of a category from an older response (where its items are used).
"""

from collections.abc import Iterable

from podium.importers import program as p
from podium.importers.errors import SessionizeError

LARGEST_ID = 2**63 - 1


def check_integrity(program: p.ParsedProgram) -> None:
    Checker(program).run()


class Checker:
    def __init__(self, program: p.ParsedProgram):
        self.program = program
        self.rooms = unique(located("rooms", program.rooms))
        unique(located("categories", program.categories))
        self.items = unique(
            (item.id, f"categories[{i}].items[{j}]")
            for i, category in enumerate(program.categories)
            for j, item in enumerate(category.items)
        )
        self.questions = unique(located("questions", program.questions))
        self.sessions = unique(located("sessions", program.sessions))
        self.speakers = unique(located("speakers", program.speakers))
        self.category_of = {item.id: c.id for c in program.categories for item in c.items}
        # category id -> {"session" or "speaker": place of the first use of one of its items}
        self.item_uses: dict[int, dict[str, str]] = {}
        # question id -> ("session" or "speaker", place of its first answer)
        self.answered: dict[int, tuple[str, str]] = {}

    def run(self) -> None:
        for i, session in enumerate(self.program.sessions):
            where = f"sessions[{i}]"
            if session.room_id is not None and session.room_id not in self.rooms:
                raise SessionizeError(
                    f'{where}.roomId: {session.room_id} is not the id of a room in "rooms"'
                )
            references(f"{where}.speakers", session.speaker_ids, self.speakers, "a speaker")
            self.custom_fields(where, session, "session")
        for i, speaker in enumerate(self.program.speakers):
            where = f"speakers[{i}]"
            references(f"{where}.sessions", speaker.session_ids, self.sessions, "a session")
            self.custom_fields(where, speaker, "speaker")
        self.pairs_match()
        settle_category_types(self.program, self.item_uses)
        for question in self.program.questions:
            # Unanswered, it could be either: a session question unless a Speakers view
            # says otherwise (see podium.importers.speakers_view).
            question.target, question.answered_at = self.answered.get(question.id, ("session", ""))

    def custom_fields(self, where: str, owner, kind: str) -> None:
        """Check a session's or speaker's category items and answers; note where used."""
        references(f"{where}.categoryItems", owner.item_ids, self.items, "a category item")
        for j, item_id in enumerate(owner.item_ids):
            uses = self.item_uses.setdefault(self.category_of[item_id], {})
            uses.setdefault(kind, f"{where}.categoryItems[{j}]")
        seen: set[int] = set()
        for j, answer in enumerate(owner.answers):
            place = f"{where}.questionAnswers[{j}].questionId"
            question = answer.question_id
            if question not in self.questions:
                raise SessionizeError(
                    f'{place}: {question} is not the id of a question in "questions"'
                )
            if question in seen:
                raise SessionizeError(f"{place}: question {question} is answered twice")
            seen.add(question)
            first_kind, first_place = self.answered.setdefault(question, (kind, place))
            if first_kind != kind:
                raise SessionizeError(
                    f"{place}: question {question} is answered for a {kind} here and for a "
                    f"{first_kind} at {first_place}; a question is for one or the other"
                )

    def pairs_match(self) -> None:
        """A session lists its speakers and each speaker lists their sessions: both agree."""
        sessions, speakers = self.program.sessions, self.program.speakers
        in_sessions = {(s.id, speaker_id) for s in sessions for speaker_id in s.speaker_ids}
        in_speakers = {(session_id, s.id) for s in speakers for session_id in s.session_ids}
        for i, speaker in enumerate(speakers):
            for j, session_id in enumerate(speaker.session_ids):
                if (session_id, speaker.id) not in in_sessions:
                    raise SessionizeError(
                        f"speakers[{i}].sessions[{j}]: session {session_id} does not list "
                        f"speaker {speaker.id} among its speakers"
                    )
        for i, session in enumerate(sessions):
            for j, speaker_id in enumerate(session.speaker_ids):
                if (session.id, speaker_id) not in in_speakers:
                    raise SessionizeError(
                        f"sessions[{i}].speakers[{j}]: speaker {speaker_id} does not list "
                        f"session {session.id} among their sessions"
                    )


def located(name: str, objects: list) -> Iterable[tuple[object, str]]:
    return ((obj.id, f"{name}[{index}]") for index, obj in enumerate(objects))


def unique(ids: Iterable[tuple[object, str]]) -> dict[object, str]:
    """The ids with their first location; an error on a repeated or out-of-range id."""
    seen: dict[object, str] = {}
    for value, where in ids:
        if isinstance(value, int) and not 0 <= value <= LARGEST_ID:
            raise SessionizeError(f"{where}.id: {value} is not an id from 0 to {LARGEST_ID}")
        if value in seen:
            raise SessionizeError(f"{where}.id: {value} repeats the id of {seen[value]}")
        seen[value] = where
    return seen


LISTED_IN = {"a speaker": "speakers", "a session": "sessions", "a category item": "categories"}


def references(where: str, values: list, known: dict, what: str) -> None:
    seen: set = set()
    for j, value in enumerate(values):
        if value not in known:
            raise SessionizeError(
                f'{where}[{j}]: {value} is not the id of {what} in "{LISTED_IN[what]}"'
            )
        if value in seen:
            raise SessionizeError(f"{where}[{j}]: {value} is listed twice")
        seen.add(value)


def settle_category_types(program: p.ParsedProgram, item_uses: dict[int, dict[str, str]]):
    for i, category in enumerate(program.categories):
        uses = item_uses.get(category.id, {})
        if category.type is None:  # older response: infer, preferring "session"
            category.type = "speaker" if set(uses) == {"speaker"} else "session"
        for kind, place in uses.items():
            if kind != category.type:
                raise SessionizeError(
                    f"{place}: an item of categories[{i}], a {category.type} category, "
                    f"used for a {kind}"
                )
