"""The GridSmart view (alias GridTable): days of rooms and time slots."""

import datetime as dt
from collections import defaultdict

from podium.program.queries import Room, Session
from podium.publish.builders.context import ViewContext
from podium.publish.builders.parts import Parts


def build_grid(context: ViewContext) -> list[dict]:
    """One object per day with scheduled sessions; empty while the schedule is hidden.

    A session needs both a start and a room to have a cell in the grid.
    """
    if not context.schedule_visible:
        return []
    parts = Parts(context)
    room_rank = {room.pk: index for index, room in enumerate(context.program.rooms)}
    # Sessions come in start-time order, so every list below fills in that order.
    days: dict[dt.date, list[Session]] = defaultdict(list)
    for session in context.sessions:
        if session.starts_at is not None and session.room is not None:
            days[context.local(session.starts_at).date()].append(session)
    grid = []
    for date in sorted(days):
        day = build_day(parts, days[date], room_rank)
        grid.append(
            {"date": f"{date:%Y-%m-%d}T00:00:00{context.suffix}", "isDefault": not grid, **day}
        )
    return grid


def build_day(parts: Parts, sessions: list[Session], room_rank: dict[int, int]) -> dict:
    by_room: dict[int, list[Session]] = defaultdict(list)
    rooms: dict[int, Room] = {}
    for session in sessions:
        rooms[session.room.pk] = session.room
        by_room[session.room.pk].append(session)
    ordered = sorted(rooms.values(), key=lambda room: room_rank[room.pk])
    index = {room.pk: position for position, room in enumerate(ordered)}
    slots: dict[dt.datetime, list[Session]] = defaultdict(list)
    for session in sessions:
        slots[session.starts_at].append(session)
    local = parts.context.local
    return {
        "rooms": [
            {
                "id": room.id,
                "name": room.name,
                "sessions": [parts.grid_session(s) for s in by_room[room.pk]],
                "hasOnlyPlenumSessions": all(s.is_plenum_session for s in by_room[room.pk]),
            }
            for room in ordered
        ],
        "timeSlots": [
            {
                "slotStart": f"{local(start):%H:%M:%S}",
                "rooms": [
                    {
                        "id": s.room.id,
                        "name": s.room.name,
                        "session": parts.grid_session(s),
                        "index": index[s.room.pk],
                    }
                    for s in sorted(slots[start], key=lambda s: index[s.room.pk])
                ],
            }
            for start in sorted(slots)
        ],
    }
