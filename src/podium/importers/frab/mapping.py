"""A frab schedule as the importers' program objects, ready for the Sessionize write path."""

import datetime as dt

from podium.importers import program as p
from podium.importers.frab import schedule as f
from podium.importers.frab.customfields import CustomFields
from podium.importers.frab.ids import Counter, IdBook, session_ids, speaker_id
from podium.program.models.session import SessionStatus
from podium.program.models.speaker import LinkType

# Events of these types without persons are breaks and the like: service sessions.
SERVICE_TYPES = {"other", "break"}


def schedule_program(schedule: f.Schedule, book: IdBook) -> p.ParsedProgram:
    rooms = schedule_rooms(schedule, book)
    room_ids = {room.name: room.id for room in rooms}
    fields = CustomFields(schedule, book)
    ids = session_ids(schedule.events, book)
    speakers: dict[str, p.Speaker] = {}
    sessions = []
    for event in schedule.events:
        session_id = ids[event.guid]
        speaker_ids: list[str] = []
        for person in event.persons:
            speaker = speaker_of(person, speakers)
            if speaker.id not in speaker_ids:
                speaker_ids.append(speaker.id)
                speaker.session_ids.append(session_id)
        service = not event.persons and (event.type or "").lower() in SERVICE_TYPES
        sessions.append(
            p.Session(
                id=session_id,
                title=event.title,
                description=event.abstract or event.description,
                starts_at=naive_utc(event.starts_at),
                ends_at=naive_utc(event.ends_at),
                is_service_session=service,
                is_plenum_session=False,
                speaker_ids=speaker_ids,
                item_ids=fields.items_of(event),
                answers=fields.answers_of(event),
                room_id=room_ids[event.room],
                live_url=None,
                recording_url=None,
                status=SessionStatus.ACCEPTED,
                is_informed=not service,
                is_confirmed=not service,
                frab_guid=event.guid,
            )
        )
    return p.ParsedProgram(
        sessions=sessions,
        speakers=list(speakers.values()),
        questions=fields.questions,
        categories=fields.categories,
        rooms=rooms,
        utc_times=True,
    )


def schedule_rooms(schedule: f.Schedule, book: IdBook) -> list[p.Room]:
    counter = Counter(book.room_by_guid, book.room_by_name)
    rooms = []
    for sort, room in enumerate(schedule.rooms):
        known = book.room_by_guid.get(room.guid) if room.guid else None
        number = counter.id_for(known, book.room_by_name.get(room.name))
        rooms.append(p.Room(id=number, name=room.name, sort=sort, frab_guid=room.guid or ""))
    return rooms


def speaker_of(person: f.Person, speakers: dict[str, p.Speaker]) -> p.Speaker:
    """The speaker for a person, made on first sight; later sightings fill what it lacks."""
    key = speaker_id(person)
    speaker = speakers.get(key)
    if speaker is None:
        first, last = split_name(person.name)
        speaker = speakers[key] = p.Speaker(
            id=key,
            first_name=first,
            last_name=last,
            bio=None,
            tag_line=None,
            profile_picture=None,
            is_top_speaker=False,
            links=[
                p.Link(
                    # URLs can be longer than a title may be: fall back on the kind.
                    title=link.title or (link.type or "link").capitalize(),
                    url=link.url,
                    link_type=LinkType.BLOG if link.type == "blog" else LinkType.OTHER,
                )
                for link in person.links
            ],
            session_ids=[],
            item_ids=[],
            answers=[],
        )
    speaker.bio = speaker.bio or person.biography
    speaker.profile_picture = speaker.profile_picture or person.avatar
    return speaker


def split_name(name: str) -> tuple[str, str]:
    """First and last name, so that podium's full name gives the name back exactly."""
    if name != " ".join(name.split()) or " " not in name:
        return name, ""
    first, last = name.rsplit(" ", 1)
    return first, last


def naive_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None)
