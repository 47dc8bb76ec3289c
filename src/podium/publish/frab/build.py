"""build_frab: the frab / c3voc schedule of an endpoint's All-view data.

Mapping rules are in docs/formats.md. Times are written in the event's time zone
with their offset, whatever the endpoint's UTC option, since frab carries offsets.
"""

import hashlib
import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import orjson

import podium
from podium.publish.frab import ids
from podium.publish.renderers.base import RenderContext
from podium.publish.wire_times import parse_wire_time

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
TIMESLOT = "00:05"
NO_ROOM = "No room"
# The c3voc schema's pattern for time_zone_name; other zones leave the key out.
TIME_ZONE_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")


class NoSchedule(LookupError):
    """No session has times: a frab schedule needs at least one day."""


def hh_mm(minutes: int) -> str:
    minutes = max(minutes, 0)  # a session ending before it starts gets no length
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def elapsed_minutes(starts: datetime, ends: datetime) -> int:
    # Subtracting two times of one zone gives wall-clock time; a DST change needs UTC.
    return int((utc(ends) - utc(starts)).total_seconds()) // 60


def track_names(categories: list[dict], track_category: int | None) -> dict[int, str]:
    """Item id -> name of the track category: the one asked for if the data has it,
    else the first session category."""
    session_categories = [c for c in categories if c["type"] == "session"]
    chosen = next((c for c in session_categories if c["id"] == track_category), None)
    if chosen is None and session_categories:
        chosen = session_categories[0]
    return {item["id"]: item["name"] for item in chosen["items"]} if chosen else {}


def frab_event(session, starts, ends, room, number, context, speakers, tracks) -> dict:
    acronym = ids.frab_acronym(context.event_slug)
    guid = ids.session_guid(context.event_slug, session["id"])
    track = next((tracks[i] for i in session["categoryItems"] if i in tracks), None)
    persons = [speakers[s] for s in session["speakers"] if s in speakers]
    return {
        "guid": guid,
        "id": number,
        "date": starts.isoformat(),
        "start": starts.strftime("%H:%M"),
        "end": ends.isoformat(),
        "duration": hh_mm(elapsed_minutes(starts, ends)),
        "room": room,
        "slug": ids.event_slug(acronym, number, session["title"]),
        # No web page per session exists; the schema requires a URI.
        "url": f"urn:uuid:{guid}",
        "title": session["title"],
        "subtitle": None,
        "track": track,
        "type": "other" if session["isServiceSession"] else "talk",
        "language": None,
        "abstract": session["description"],
        "description": None,
        "persons": persons,
        "links": [],
    }


def person(speaker: dict, event_slug: str) -> dict:
    return {
        "guid": ids.person_guid(event_slug, speaker["id"]),
        "name": speaker["fullName"],
        "public_name": speaker["fullName"],
        "avatar": speaker["profilePicture"],
        "biography": speaker["bio"],
    }


def build_frab(
    all_data: dict, context: RenderContext, *, track_category: int | None = None
) -> dict:
    """The frab schedule as plain data; ``track_category`` is a session category id."""
    zone = ZoneInfo(context.time_zone)
    scheduled = [s for s in all_data["sessions"] if s["startsAt"] and s["endsAt"]]
    if not scheduled:
        raise NoSchedule(f"event {context.event_slug!r} has no scheduled session to publish")
    numbers = ids.numeric_ids([s["id"] for s in all_data["sessions"]])
    rooms = {room["id"]: room["name"] for room in all_data["rooms"]}
    speakers = {s["id"]: person(s, context.event_slug) for s in all_data["speakers"]}
    tracks = track_names(all_data["categories"], track_category)

    days: dict[str, dict] = {}
    for session in scheduled:
        starts = parse_wire_time(session["startsAt"], context.time_zone).astimezone(zone)
        ends = parse_wire_time(session["endsAt"], context.time_zone).astimezone(zone)
        room = rooms.get(session["roomId"], NO_ROOM)
        day = days.setdefault(starts.date().isoformat(), new_day(rooms.values()))
        day["starts"].append(starts)
        day["ends"].append(ends)
        event = frab_event(
            session, starts, ends, room, numbers[session["id"]], context, speakers, tracks
        )
        day["rooms"].setdefault(room, []).append(event)

    conference = {
        "acronym": ids.frab_acronym(context.event_slug),
        "title": context.event_name,
        "start": min(days),
        "end": max(days),
        "daysCount": len(days),
        "timeslot_duration": TIMESLOT,
    }
    if TIME_ZONE_NAME.search(context.time_zone):
        conference["time_zone_name"] = context.time_zone
    conference["rooms"] = [
        {"name": room["name"], "guid": ids.room_guid(context.event_slug, room["id"])}
        for room in all_data["rooms"]
    ]
    if tracks:
        conference["tracks"] = [{"name": name} for name in dict.fromkeys(tracks.values())]
    conference["days"] = [
        frab_day(index, date, day) for index, (date, day) in enumerate(sorted(days.items()), 1)
    ]
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": "podium", "version": podium.__version__},
        "schedule": {"version": data_version(all_data), "conference": conference},
    }


def new_day(room_names) -> dict:
    # Every room on every day, so readers draw the same columns each day.
    return {"starts": [], "ends": [], "rooms": {name: [] for name in room_names}}


def frab_day(index: int, date: str, day: dict) -> dict:
    starts: list[datetime] = day["starts"]
    ends: list[datetime] = day["ends"]
    return {
        "index": index,
        "date": date,
        "day_start": min(starts, key=utc).isoformat(),
        "day_end": max(ends, key=utc).isoformat(),
        "rooms": day["rooms"],
    }


def data_version(all_data: dict) -> str:
    """Changes whenever the published data does, so readers notice an update."""
    return hashlib.blake2b(orjson.dumps(all_data), digest_size=6).hexdigest()
