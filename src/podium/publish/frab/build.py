"""build_frab: the frab / c3voc schedule of an endpoint's All-view data.

Mapping rules are in docs/formats.md. Times are written in the event's time zone
with their offset, whatever the endpoint's UTC option, since frab carries offsets.
"""

import hashlib
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import orjson

import podium
from podium.program.queries.frab_guids import FrabGuids
from podium.publish.frab import ids
from podium.publish.frab.events import Program, frab_event, utc
from podium.publish.renderers.base import RenderContext
from podium.publish.wire_times import parse_wire_time

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
TIMESLOT = "00:05"
NO_KEPT_GUIDS = FrabGuids()
NO_ROOM = "No room"
# The c3voc schema's pattern for time_zone_name; other zones leave the key out.
TIME_ZONE_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")


class NoSchedule(LookupError):
    """No session has times: a frab schedule needs at least one day."""


def build_frab(
    all_data: dict,
    context: RenderContext,
    *,
    track_category: int | None = None,
    guids: FrabGuids = NO_KEPT_GUIDS,
) -> dict:
    """The frab schedule as plain data; ``track_category`` is a session category id.

    ``guids`` are those kept from a frab import: they are published again unchanged,
    so readers of the original schedule recognise every room and session.
    """
    scheduled = [s for s in all_data["sessions"] if s["startsAt"] and s["endsAt"]]
    if not scheduled:
        raise NoSchedule(f"event {context.event_slug!r} has no scheduled session to publish")
    program = Program.of(all_data, context.event_slug, track_category, guids.sessions)
    days = schedule_days(scheduled, all_data["rooms"], context.time_zone, program)
    conference = {
        "acronym": program.acronym,
        "title": context.event_name,
        "start": days[0]["date"],
        "end": days[-1]["date"],
        "daysCount": len(days),
        "timeslot_duration": TIMESLOT,
    }
    if TIME_ZONE_NAME.search(context.time_zone):
        conference["time_zone_name"] = context.time_zone
    conference["rooms"] = [
        {
            "name": room["name"],
            "guid": guids.rooms.get(room["id"]) or ids.room_guid(context.event_slug, room["id"]),
        }
        for room in all_data["rooms"]
    ]
    if program.tracks:
        conference["tracks"] = [{"name": name} for name in dict.fromkeys(program.tracks.values())]
    conference["days"] = days
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": "podium", "version": podium.__version__},
        "schedule": {"version": data_version(all_data), "conference": conference},
    }


def schedule_days(sessions: list[dict], rooms: list[dict], time_zone: str, program: Program):
    """One day per local date a session starts on; every room on every day."""
    zone = ZoneInfo(time_zone)
    room_names = {room["id"]: room["name"] for room in rooms}
    by_date: dict[str, list[tuple[datetime, datetime, str, dict]]] = {}
    for session in sessions:
        starts = parse_wire_time(session["startsAt"], time_zone).astimezone(zone)
        ends = parse_wire_time(session["endsAt"], time_zone).astimezone(zone)
        room = room_names.get(session["roomId"], NO_ROOM)
        by_date.setdefault(starts.date().isoformat(), []).append((starts, ends, room, session))
    days = []
    for index, (date, entries) in enumerate(sorted(by_date.items()), 1):
        # The same columns each day, so readers draw a stable grid.
        day_rooms: dict[str, list[dict]] = {name: [] for name in room_names.values()}
        for starts, ends, room, session in entries:
            day_rooms.setdefault(room, []).append(frab_event(session, starts, ends, room, program))
        days.append(
            {
                "index": index,
                "date": date,
                "day_start": min((e[0] for e in entries), key=utc).isoformat(),
                "day_end": max((e[1] for e in entries), key=utc).isoformat(),
                "rooms": day_rooms,
            }
        )
    return days


def data_version(all_data: dict) -> str:
    """Changes whenever the published data does, so readers notice an update."""
    return hashlib.blake2b(orjson.dumps(all_data), digest_size=6).hexdigest()
