"""build_frab: the frab / c3voc schedule of a publication.

Mapping rules are in docs/formats.md. Times are written in the event's time zone
with their offset, whatever the endpoint's UTC option, since frab carries offsets.
"""

import hashlib
import re
from datetime import datetime

import orjson

import podium
from podium.program.queries.frab_guids import FrabGuids
from podium.publish.builders.all import build_all
from podium.publish.frab import ids
from podium.publish.frab.events import Program, frab_event
from podium.publish.records import Publication, Session
from podium.publish.wall_clock import WallClock

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
TIMESLOT = "00:05"
NO_KEPT_GUIDS = FrabGuids()
NO_ROOM = "No room"
# The c3voc schema's pattern for time_zone_name; other zones leave the key out.
TIME_ZONE_NAME = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")


class NoSchedule(LookupError):
    """No session has times: a frab schedule needs at least one day."""


def build_frab(publication: Publication, *, guids: FrabGuids = NO_KEPT_GUIDS) -> dict:
    """The frab schedule as plain data.

    ``guids`` are those kept from a frab import: they are published again unchanged,
    so readers of the original schedule recognise every room and session.
    """
    event = publication.event
    scheduled = [s for s in publication.sessions if s.starts and s.ends]
    if not scheduled:
        raise NoSchedule(f"event {event.slug!r} has no scheduled session to publish")
    program = Program.of(publication, guids.sessions)
    days = schedule_days(scheduled, publication, program)
    conference = {
        "acronym": program.acronym,
        "title": event.name,
        "start": days[0]["date"],
        "end": days[-1]["date"],
        "daysCount": len(days),
        "timeslot_duration": TIMESLOT,
    }
    if TIME_ZONE_NAME.search(event.time_zone):
        conference["time_zone_name"] = event.time_zone
    conference["rooms"] = [
        {"name": room.name, "guid": guids.rooms.get(room.id) or ids.room_guid(event.slug, room.id)}
        for room in publication.rooms
    ]
    if program.tracks:
        conference["tracks"] = [{"name": name} for name in dict.fromkeys(program.tracks.values())]
    conference["days"] = days
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": "podium", "version": podium.__version__},
        "schedule": {"version": data_version(publication), "conference": conference},
    }


def schedule_days(sessions: list[Session], publication: Publication, program: Program):
    """One day per local date a session starts on; every room on every day."""
    local = WallClock.of_zone(publication.event.time_zone).local
    room_names = [room.name for room in publication.rooms]
    by_date: dict[str, list[tuple[datetime, datetime, Session]]] = {}
    for session in sessions:
        starts = local(session.starts)
        by_date.setdefault(starts.date().isoformat(), []).append(
            (starts, local(session.ends), session)
        )
    days = []
    for index, (date, entries) in enumerate(sorted(by_date.items()), 1):
        # The same columns each day, so readers draw a stable grid.
        day_rooms: dict[str, list[dict]] = {name: [] for name in room_names}
        for starts, ends, session in entries:
            room = session.room.name if session.room else NO_ROOM
            day_rooms.setdefault(room, []).append(frab_event(session, starts, ends, room, program))
        days.append(
            {
                "index": index,
                "date": date,
                "day_start": local(min(e[2].starts for e in entries)).isoformat(),
                "day_end": local(max(e[2].ends for e in entries)).isoformat(),
                "rooms": day_rooms,
            }
        )
    return days


def data_version(publication: Publication) -> str:
    """A hash of the All view: it changes whenever the published data does."""
    return hashlib.blake2b(orjson.dumps(build_all(publication)), digest_size=6).hexdigest()
