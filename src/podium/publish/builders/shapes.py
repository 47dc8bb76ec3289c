"""The objects of the Sessionize views, spelled once, keys in wire order.

``Shapes`` serializes one publication: it turns instants into wire time text and
computes each session object once per build, handing out the same dict wherever a
view repeats it (GridSmart shows a session twice, groups repeat sessions).
"""

import datetime as dt

from podium.program.models.target import Target
from podium.publish.records import Category, Publication, Question, Session, Speaker
from podium.publish.wall_clock import WallClock


def wire_session_id(session_id: str) -> int | str:
    """Inside a speaker, a session id is an integer (GUIDs cannot be, so stay text)."""
    return int(session_id) if session_id.isdigit() else session_id


class Shapes:
    def __init__(self, publication: Publication):
        self.publication = publication
        self.clock = (
            WallClock(dt.UTC)
            if publication.utc_times
            else WallClock.of_zone(publication.event.time_zone)
        )
        self.suffix = "Z" if publication.utc_times else ""
        self.session_categories, self.session_questions = publication.of_type(Target.SESSION)
        self.speaker_categories, self.speaker_questions = publication.of_type(Target.SPEAKER)
        self._times: dict[dt.datetime, str] = {}
        self._grid_sessions: dict[str, dict] = {}
        self._listed_sessions: dict[str, dict] = {}

    def time(self, instant: dt.datetime | None) -> str | None:
        """``YYYY-MM-DDTHH:MM:SS`` on the wall clock (``...Z`` in UTC), or null."""
        if instant is None:
            return None
        text = self._times.get(instant)
        if text is None:
            local = self.clock.local(instant)
            text = self._times[instant] = f"{local:%Y-%m-%dT%H:%M:%S}{self.suffix}"
        return text

    def session(self, session: Session, middle: dict) -> dict:
        """A session object; ``middle`` holds what differs between views (speakers to room)."""
        return {
            "id": session.id,
            "title": session.title,
            "description": session.description,
            "startsAt": self.time(session.starts),
            "endsAt": self.time(session.ends),
            "isServiceSession": session.is_service_session,
            "isPlenumSession": session.is_plenum_session,
            **middle,
            "liveUrl": session.live_url,
            "recordingUrl": session.recording_url,
            "status": session.status,
            "isInformed": session.is_informed,
            "isConfirmed": session.is_confirmed,
        }

    def links(self, speaker: Speaker) -> list[dict]:
        return [{"title": k.title, "url": k.url, "linkType": k.link_type} for k in speaker.links]

    @staticmethod
    def answer_values(owner) -> list[dict]:
        return [{"questionId": a.question_id, "answerValue": a.value} for a in owner.answers]

    @staticmethod
    def categories(owner, categories: list[Category]) -> list[dict]:
        """Every exposed category of the owner's kind, with the owner's items in it."""
        chosen: dict[int, list[dict]] = {category.id: [] for category in categories}
        for item in owner.items:
            bucket = chosen.get(item.category_id)
            if bucket is not None:
                bucket.append({"id": item.id, "name": item.name})
        return [
            {"id": c.id, "name": c.title, "categoryItems": chosen[c.id], "sort": c.sort}
            for c in categories
        ]

    @staticmethod
    def question_answers(owner, questions: list[Question]) -> list[dict]:
        """Every exposed question of the owner's kind, answered or not."""
        answers = {answer.question_id: answer for answer in owner.answers}
        return [
            {
                "id": q.id,
                "question": q.question,
                "questionType": q.question_type,
                "answer": answers[q.id].value if q.id in answers else None,
                "sort": q.sort,
                "answerExtra": answers[q.id].extra if q.id in answers else None,
            }
            for q in questions
        ]

    def grid_session(self, session: Session) -> dict:
        """A session as GridSmart shows it (the Sessions view adds questionAnswers)."""
        found = self._grid_sessions.get(session.id)
        if found is None:
            speakers = self.publication.speaker_by_id
            room = session.room
            # A service session shows no categories in these views.
            service = session.is_service_session
            found = self._grid_sessions[session.id] = self.session(
                session,
                {
                    "speakers": [
                        {"id": s, "name": speakers[s].full_name} for s in session.speaker_ids
                    ],
                    "categories": []
                    if service
                    else self.categories(session, self.session_categories),
                    "roomId": room.id if room else None,
                    "room": room.name if room else None,
                },
            )
        return found

    def listed_session(self, session: Session) -> dict:
        """A session as the Sessions view shows it."""
        found = self._listed_sessions.get(session.id)
        if found is None:
            answers = self.question_answers(session, self.session_questions)
            found = {"questionAnswers": answers, **self.grid_session(session)}
            self._listed_sessions[session.id] = found
        return found
