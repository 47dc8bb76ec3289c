"""The column values each model row should have, from the parsed objects."""

from podium.importers import program as p


def room_fields(room: p.Room) -> dict:
    return {"public_id": room.id, "name": room.name, "sort": room.sort, "frab_guid": room.frab_guid}


def category_fields(category: p.Category) -> dict:
    return {
        "public_id": category.id,
        "title": category.title,
        "type": category.type,
        "sort": category.sort,
    }


def item_fields(item: p.Item, category_pk: int) -> dict:
    return {"public_id": item.id, "category_id": category_pk, "name": item.name, "sort": item.sort}


def question_fields(question: p.Question) -> dict:
    return {
        "public_id": question.id,
        "question": question.question,
        "question_type": question.question_type,
        "sort": question.sort,
        "target": question.target,
    }


def speaker_fields(speaker: p.Speaker) -> dict:
    return {
        "public_id": speaker.id,
        "first_name": speaker.first_name,
        "last_name": speaker.last_name,
        "bio": speaker.bio,
        "tag_line": speaker.tag_line,
        "profile_picture": speaker.profile_picture,
        "is_top_speaker": speaker.is_top_speaker,
    }


def session_fields(session: p.Session, rooms: dict, *, start, end) -> dict:
    return {
        "public_id": session.id,
        "title": session.title,
        "description": session.description,
        "starts_at": start,
        "ends_at": end,
        "room_id": rooms[session.room_id].pk if session.room_id is not None else None,
        "is_service_session": session.is_service_session,
        "is_plenum_session": session.is_plenum_session,
        "status": session.status,
        "is_informed": session.is_informed,
        "is_confirmed": session.is_confirmed,
        "live_url": session.live_url,
        "recording_url": session.recording_url,
        "frab_guid": session.frab_guid,
    }
