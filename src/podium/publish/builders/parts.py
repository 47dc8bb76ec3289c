"""Session and speaker objects shared by several views, keys in wire order.

Each ``Parts`` computes an object once per build and hands out the same dict
wherever the view repeats it (GridSmart shows a session twice, groups repeat
sessions), so a large program is rendered without duplicated work.
"""

from podium.program.queries import Category, Question, Session, Speaker
from podium.publish.builders.context import ViewContext


def wire_session_id(session: Session) -> int | str:
    """Inside a speaker, a session id is an integer (GUIDs cannot be, so stay text)."""
    return int(session.id) if session.id.isdigit() else session.id


class Parts:
    def __init__(self, context: ViewContext):
        self.context = context
        self.visible = context.schedule_visible
        self.links = context.options.speaker_links
        self._grid_sessions: dict[int, dict] = {}
        self._listed_sessions: dict[int, dict] = {}

    # -- shared fields -------------------------------------------------------

    def room_fields(self, session: Session) -> tuple[int | None, str | None]:
        room = session.room if self.visible else None
        return (room.id, room.name) if room else (None, None)

    def speaker_links(self, speaker: Speaker) -> list[dict]:
        if not self.links:
            return []
        return [{"title": k.title, "url": k.url, "linkType": k.link_type} for k in speaker.links]

    def item_ids(self, owner) -> list[int]:
        exposed = self.context.exposed_items
        return [item.id for item in owner.items if item.pk in exposed]

    def answer_values(self, owner) -> list[dict]:
        exposed = self.context.exposed_questions
        return [
            {"questionId": question.id, "answerValue": value}
            for question, value in owner.answers
            if question.pk in exposed
        ]

    # -- Sessions / Speakers / GridSmart shapes -------------------------------

    def categories(self, owner, categories: list[Category]) -> list[dict]:
        """Every enabled category, with the owner's items in it (maybe none)."""
        chosen: dict[int, list[dict]] = {category.pk: [] for category in categories}
        for item in owner.items:
            bucket = chosen.get(item.category.pk)
            if bucket is not None:
                bucket.append({"id": item.id, "name": item.name})
        return [
            {"id": c.id, "name": c.title, "categoryItems": chosen[c.pk], "sort": c.sort}
            for c in categories
        ]

    def question_answers(self, owner, questions: list[Question]) -> list[dict]:
        """Every enabled question, answered or not."""
        answers = {question.pk: value for question, value in owner.answers}
        return [
            {
                "id": q.id,
                "question": q.question,
                "questionType": q.question_type,
                "answer": answers.get(q.pk),
                "sort": q.sort,
                "answerExtra": owner.answer_extras.get(q.pk),
            }
            for q in questions
        ]

    def grid_session(self, session: Session) -> dict:
        """A session as GridSmart shows it (the Sessions view adds questionAnswers)."""
        found = self._grid_sessions.get(session.pk)
        if found is not None:
            return found
        time = self.context.time
        room_id, room_name = self.room_fields(session)
        service = session.is_service_session
        categories = [] if service else self.categories(session, self.context.session_categories)
        built = {
            "id": session.id,
            "title": session.title,
            "description": session.description,
            "startsAt": time(session.starts_at),
            "endsAt": time(session.ends_at),
            "isServiceSession": session.is_service_session,
            "isPlenumSession": session.is_plenum_session,
            "speakers": [{"id": s.id, "name": s.full_name} for s in session.speakers],
            "categories": categories,
            "roomId": room_id,
            "room": room_name,
            "liveUrl": session.live_url,
            "recordingUrl": session.recording_url,
            # A service session has no status, whatever is stored.
            "status": None if service else session.status,
            "isInformed": False if service else session.is_informed,
            "isConfirmed": False if service else session.is_confirmed,
        }
        self._grid_sessions[session.pk] = built
        return built

    def listed_session(self, session: Session) -> dict:
        """A session as the Sessions view shows it."""
        found = self._listed_sessions.get(session.pk)
        if found is None:
            answers = self.question_answers(session, self.context.session_questions)
            found = {"questionAnswers": answers, **self.grid_session(session)}
            self._listed_sessions[session.pk] = found
        return found
