"""The All view: sessions, speakers, questions, categories and rooms in one object."""

from podium.publish.builders.shapes import Shapes, wire_session_id
from podium.publish.records import Publication, Session, Speaker


def build_all(publication: Publication) -> dict:
    shapes = Shapes(publication)
    return {
        "sessions": [session_object(shapes, session) for session in publication.sessions],
        "speakers": [speaker_object(shapes, speaker) for speaker in publication.speakers],
        "questions": [
            {"id": q.id, "question": q.question, "questionType": q.question_type, "sort": q.sort}
            for q in publication.questions
        ],
        "categories": [
            {
                "id": category.id,
                "title": category.title,
                "items": [{"id": i.id, "name": i.name, "sort": i.sort} for i in category.items],
                "sort": category.sort,
                "type": category.type,
            }
            for category in publication.categories
        ],
        "rooms": [{"id": r.id, "name": r.name, "sort": r.sort} for r in publication.rooms],
    }


def session_object(shapes: Shapes, session: Session) -> dict:
    room = session.room
    return shapes.session(
        session,
        {
            "speakers": list(session.speaker_ids),
            "categoryItems": [item.id for item in session.items],
            "questionAnswers": shapes.answer_values(session),
            "roomId": room.id if room else None,
        },
    )


def speaker_object(shapes: Shapes, speaker: Speaker) -> dict:
    return {
        "id": speaker.id,
        "firstName": speaker.first_name,
        "lastName": speaker.last_name,
        "bio": speaker.bio,
        "tagLine": speaker.tag_line,
        "profilePicture": speaker.profile_picture,
        "isTopSpeaker": speaker.is_top_speaker,
        "links": shapes.links(speaker),
        "sessions": [wire_session_id(s) for s in speaker.session_ids],
        "fullName": speaker.full_name,
        "categoryItems": [item.id for item in speaker.items],
        "questionAnswers": shapes.answer_values(speaker),
    }
