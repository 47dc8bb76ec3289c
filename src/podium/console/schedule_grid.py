"""The schedule editor's picture of an event: its days as rooms by time, with blocks.

Times are minutes after the venue's midnight of the day a session starts on; the page's
script turns them into positions (the console's CSP allows no inline styles).
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from podium.console.schedule_conflicts import conflicts_by_session, find_conflicts
from podium.program.dates import event_days

DAY_FIRST, DAY_LAST = 9 * 60, 18 * 60  # the hours shown on a day without sessions
SNAP = 5  # minutes: every start and length is a multiple
DEFAULT_LENGTH = 30  # minutes, for a session placed that had no times


@dataclass
class Block:
    session: object
    day: dt.date
    start: int  # minutes after midnight at the venue
    end: int
    notes: list[str]
    track: int = 0  # side by side with the sessions it overlaps in its room
    tracks: int = 1

    @property
    def time_label(self) -> str:
        return f"{clock(self.start)}–{clock(self.end)}"


@dataclass
class Lane:
    room: object
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Day:
    date: dt.date
    lanes: list[Lane]
    first: int = DAY_FIRST
    last: int = DAY_LAST

    def hours(self) -> list[tuple[int, str]]:
        return [(m, f"{m // 60:02d}:00") for m in range(self.first, self.last + 1, 60)]


@dataclass
class Schedule:
    days: list[Day]
    unplaced: list  # sessions without a room or without times
    conflicts: list
    choices: list = field(default_factory=list)  # (session, where it is) for the form


def clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def version_of(session) -> str:
    """What the editor sends back to say which state of the session it moved."""
    return session.updated_at.isoformat()


def where(session, zone) -> dict:
    """A session's room, day, start and length as the placing form spells them."""
    place = {"room": session.room_id or "", "length": length_of(session) or DEFAULT_LENGTH}
    if session.starts_at is not None:
        local = session.starts_at.astimezone(zone)
        place.update(day=local.date().isoformat(), start=f"{local:%H:%M}")
    return {**place, "version": version_of(session)}


def minutes(moment: dt.datetime, zone, day: dt.date) -> int:
    local = moment.astimezone(zone)
    since = local.replace(tzinfo=None) - dt.datetime.combine(day, dt.time())
    return int(since.total_seconds() // 60)


def length_of(session) -> int:
    if session.starts_at is None:
        return DEFAULT_LENGTH
    return max(int((session.ends_at - session.starts_at).total_seconds() // 60), 0)


def build_schedule(event) -> Schedule:
    rooms = list(event.rooms.all())
    sessions = list(event.sessions.select_related("room").prefetch_related("speakers"))
    placed = [s for s in sessions if s.room_id is not None and s.starts_at is not None]
    placed_ids = {s.pk for s in placed}
    unplaced = [s for s in sessions if s.pk not in placed_ids]
    conflicts = find_conflicts(placed)
    notes = conflicts_by_session(conflicts)
    zone = event.tz
    by_day = defaultdict(list)
    for session in placed:
        day = session.starts_at.astimezone(zone).date()
        start = minutes(session.starts_at, zone, day)
        end = min(max(minutes(session.ends_at, zone, day), start), 24 * 60)
        by_day[day].append(Block(session, day, start, end, notes.get(session.pk, [])))
    days = []
    for date in event_days(event, set(by_day)):
        blocks = by_day.get(date, [])
        day = Day(date, [Lane(room) for room in rooms])
        lanes = {lane.room.pk: lane for lane in day.lanes}
        for block in blocks:
            lanes[block.session.room_id].blocks.append(block)
            day.first = min(day.first, block.start // 60 * 60)
            day.last = max(day.last, -(-block.end // 60) * 60)
        for lane in day.lanes:
            side_by_side(lane.blocks)
        days.append(day)
    choices = [(s, where(s, zone)) for s in sorted(sessions, key=lambda s: (s.title, s.pk))]
    return Schedule(days, unplaced, conflicts, choices)


def side_by_side(blocks: list[Block]) -> None:
    """Give overlapping blocks of one room tracks, so each stays visible and draggable."""
    blocks.sort(key=lambda b: (b.start, b.session.pk))
    group, group_end = [], -1
    for block in blocks + [None]:
        if block is None or block.start >= group_end:
            for member in group:
                member.tracks = max(m.track for m in group) + 1
            if block is None:
                return
            group, group_end = [], block.end
        ends = {}
        for member in group:
            ends[member.track] = max(ends.get(member.track, 0), member.end)
        block.track = next(t for t in range(len(group) + 1) if ends.get(t, 0) <= block.start)
        group.append(block)
        group_end = max(group_end, block.end)
