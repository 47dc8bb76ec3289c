"""One frab event per scheduled session, and the lookups it needs from the publication."""

from dataclasses import dataclass
from datetime import datetime

from podium.program.models.target import Target
from podium.publish.frab import ids
from podium.publish.records import Publication, Session, Speaker


def hh_mm(minutes: int) -> str:
    minutes = max(minutes, 0)  # a session ending before it starts gets no length
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def elapsed_minutes(starts: datetime, ends: datetime) -> int:
    # Instants, not wall clocks: a session over a DST change counts its real length.
    return int((ends - starts).total_seconds()) // 60


def track_names(publication: Publication) -> dict[int, str]:
    """Item id -> name in the track category: the one the Sessions view groups by,
    else the first exposed session category."""
    chosen = publication.group_by or next(
        (c for c in publication.categories if c.type == Target.SESSION), None
    )
    return {item.id: item.name for item in chosen.items} if chosen else {}


def person(speaker: Speaker, event_slug: str) -> dict:
    # name without a numeric id: the c3voc schema then reads it as a pretalx person;
    # public_name stays for older readers.
    return {
        "guid": ids.person_guid(event_slug, speaker.id),
        "name": speaker.full_name,
        "public_name": speaker.full_name,
        "avatar": speaker.profile_picture,
        "biography": speaker.bio,
    }


@dataclass(frozen=True)
class Program:
    """What every event of one schedule looks up, computed once."""

    event_slug: str
    acronym: str
    numbers: dict[str, int]
    persons: dict[str, dict]
    tracks: dict[int, str]
    guids: dict[str, str]  # session id -> GUID kept from a frab import

    @classmethod
    def of(cls, publication: Publication, guids: dict[str, str]) -> "Program":
        slug = publication.event.slug
        return cls(
            event_slug=slug,
            acronym=ids.frab_acronym(slug),
            numbers=ids.numeric_ids([s.id for s in publication.sessions]),
            persons={s.id: person(s, slug) for s in publication.speakers},
            tracks=track_names(publication),
            guids=guids,
        )


def frab_event(session: Session, starts: datetime, ends: datetime, room: str, program: Program):
    """``starts`` and ``ends`` are the session's instants in the event's zone."""
    guid = program.guids.get(session.id) or ids.session_guid(program.event_slug, session.id)
    number = program.numbers[session.id]
    return {
        "guid": guid,
        "id": number,
        "date": starts.isoformat(),
        "start": starts.strftime("%H:%M"),
        "end": ends.isoformat(),
        "duration": hh_mm(elapsed_minutes(session.starts, session.ends)),
        "room": room,
        "slug": ids.event_slug(program.acronym, number, session.title),
        # No web page per session exists; the schema requires a URI.
        "url": f"urn:uuid:{guid}",
        "title": session.title,
        "subtitle": None,
        "track": next(
            (program.tracks[i.id] for i in session.items if i.id in program.tracks), None
        ),
        "type": "other" if session.is_service_session else "talk",
        "language": None,
        # Sessionize has one text per session: it is the abstract.
        "abstract": session.description,
        "description": None,
        "persons": [program.persons[s] for s in session.speaker_ids],
        "links": [],
    }
