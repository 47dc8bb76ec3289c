"""One frab event per scheduled session, and the lookups it needs from the All view."""

from dataclasses import dataclass
from datetime import UTC, datetime

from podium.publish.frab import ids


def hh_mm(minutes: int) -> str:
    minutes = max(minutes, 0)  # a session ending before it starts gets no length
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def elapsed_minutes(starts: datetime, ends: datetime) -> int:
    # Subtracting two times of one zone gives wall-clock time; a DST change needs UTC.
    return int((utc(ends) - utc(starts)).total_seconds()) // 60


def track_names(categories: list[dict], track_category: int | None) -> dict[int, str]:
    """Item id -> name in the track category: the one asked for when the data has it,
    else the first session category."""
    session_categories = [c for c in categories if c["type"] == "session"]
    chosen = next((c for c in session_categories if c["id"] == track_category), None)
    if chosen is None and session_categories:
        chosen = session_categories[0]
    return {item["id"]: item["name"] for item in chosen["items"]} if chosen else {}


def person(speaker: dict, event_slug: str) -> dict:
    # name without a numeric id: the c3voc schema then reads it as a pretalx person;
    # public_name stays for older readers.
    return {
        "guid": ids.person_guid(event_slug, speaker["id"]),
        "name": speaker["fullName"],
        "public_name": speaker["fullName"],
        "avatar": speaker["profilePicture"],
        "biography": speaker["bio"],
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
    def of(
        cls, all_data: dict, event_slug: str, track_category: int | None, guids: dict[str, str]
    ) -> "Program":
        return cls(
            event_slug=event_slug,
            acronym=ids.frab_acronym(event_slug),
            numbers=ids.numeric_ids([s["id"] for s in all_data["sessions"]]),
            persons={s["id"]: person(s, event_slug) for s in all_data["speakers"]},
            tracks=track_names(all_data["categories"], track_category),
            guids=guids,
        )


def frab_event(session: dict, starts: datetime, ends: datetime, room: str, program: Program):
    guid = program.guids.get(session["id"]) or ids.session_guid(program.event_slug, session["id"])
    number = program.numbers[session["id"]]
    return {
        "guid": guid,
        "id": number,
        "date": starts.isoformat(),
        "start": starts.strftime("%H:%M"),
        "end": ends.isoformat(),
        "duration": hh_mm(elapsed_minutes(starts, ends)),
        "room": room,
        "slug": ids.event_slug(program.acronym, number, session["title"]),
        # No web page per session exists; the schema requires a URI.
        "url": f"urn:uuid:{guid}",
        "title": session["title"],
        "subtitle": None,
        "track": next(
            (program.tracks[i] for i in session["categoryItems"] if i in program.tracks), None
        ),
        "type": "other" if session["isServiceSession"] else "talk",
        "language": None,
        # Sessionize has one text per session: it is the abstract.
        "abstract": session["description"],
        "description": None,
        "persons": [program.persons[s] for s in session["speakers"] if s in program.persons],
        "links": [],
    }
