"""The timetable of a synthetic event: which session goes where and when."""

import datetime as dt
from dataclasses import dataclass

TALK_STARTS = [dt.time(h) for h in (10, 11, 12, 14, 15, 16, 17)]
TALK_MINUTES = 45
# Per day: one keynote across all rooms and two breaks, all in the first room.
DAY_FIXTURES = [
    ("plenum", dt.time(9), 45, None),
    ("service", dt.time(13), 60, "Lunch"),
    ("service", dt.time(15, 45), 15, "Coffee break"),
]


@dataclass(frozen=True)
class Slot:
    kind: str  # "talk", "plenum" or "service"
    day: int
    start: dt.time | None
    minutes: int
    room: int
    title: str | None = None


def days_needed(sessions: int, rooms: int) -> int:
    days = 1
    while sessions - len(DAY_FIXTURES) * days > days * rooms * len(TALK_STARTS):
        days += 1
    return days


def plan_schedule(sessions: int, rooms: int) -> list[Slot]:
    """Exactly ``sessions`` slots, filling rooms and days in time order."""
    days = days_needed(sessions, rooms)
    talks = sessions - len(DAY_FIXTURES) * days
    per_day = rooms * len(TALK_STARTS)
    slots = []
    for day in range(days):
        for kind, start, minutes, title in DAY_FIXTURES:
            slots.append(Slot(kind, day, start, minutes, 0, title))
        for cell in range(min(per_day, talks - day * per_day)):
            start = TALK_STARTS[cell // rooms]
            slots.append(Slot("talk", day, start, TALK_MINUTES, cell % rooms))
    return slots
