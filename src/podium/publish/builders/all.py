"""The All view: sessions, speakers, questions, categories and rooms in one object."""

from podium.program.queries import Session, Speaker
from podium.publish.builders.context import ViewContext
from podium.publish.builders.parts import Parts, wire_session_id


def build_all(context: ViewContext) -> dict:
    parts = Parts(context)
    return {
        "sessions": [session_object(parts, session) for session in context.sessions],
        "speakers": [speaker_object(parts, speaker) for speaker in context.program.speakers],
        "questions": [
            {"id": q.id, "question": q.question, "questionType": q.question_type, "sort": q.sort}
            for q in context.questions
        ],
        "categories": [
            {
                "id": category.id,
                "title": category.title,
                "items": [{"id": i.id, "name": i.name, "sort": i.sort} for i in category.items],
                "sort": category.sort,
                "type": category.type,
            }
            for category in context.categories
        ],
        "rooms": [{"id": r.id, "name": r.name, "sort": r.sort} for r in context.program.rooms],
    }


def session_object(parts: Parts, session: Session) -> dict:
    time = parts.context.time
    room_id, _ = parts.room_fields(session)
    service = session.is_service_session
    return {
        "id": session.id,
        "title": session.title,
        "description": session.description,
        "startsAt": time(session.starts_at),
        "endsAt": time(session.ends_at),
        "isServiceSession": session.is_service_session,
        "isPlenumSession": session.is_plenum_session,
        "speakers": [speaker.id for speaker in session.speakers],
        "categoryItems": parts.item_ids(session),
        "questionAnswers": parts.answer_values(session),
        "roomId": room_id,
        "liveUrl": session.live_url,
        "recordingUrl": session.recording_url,
        # A service session has no status, whatever is stored.
        "status": None if service else session.status,
        "isInformed": False if service else session.is_informed,
        "isConfirmed": False if service else session.is_confirmed,
    }


def speaker_object(parts: Parts, speaker: Speaker) -> dict:
    return {
        "id": speaker.id,
        "firstName": speaker.first_name,
        "lastName": speaker.last_name,
        "bio": speaker.bio,
        "tagLine": speaker.tag_line,
        "profilePicture": speaker.profile_picture,
        "isTopSpeaker": speaker.is_top_speaker,
        "links": parts.speaker_links(speaker),
        "sessions": [wire_session_id(s) for s in parts.context.sessions_of(speaker)],
        "fullName": speaker.full_name,
        "categoryItems": parts.item_ids(speaker),
        "questionAnswers": parts.answer_values(speaker),
    }
