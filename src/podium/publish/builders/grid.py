"""The GridSmart view (alias GridTable): days of rooms and time slots."""

import datetime as dt
from collections import defaultdict

from podium.publish.builders.shapes import Shapes
from podium.publish.records import Publication, Room, Session


def build_grid(publication: Publication) -> list[dict]:
    """One object per day with scheduled sessions; empty while the schedule is hidden.

    A session needs both a start and a room to have a cell in the grid.
    """
    if not publication.schedule_visible:
        return []
    shapes = Shapes(publication)
    room_rank = {room.id: index for index, room in enumerate(publication.rooms)}
    # Sessions come in start-time order, so every list below fills in that order.
    days: dict[dt.date, list[Session]] = defaultdict(list)
    for session in publication.sessions:
        if session.starts is not None and session.room is not None:
            days[shapes.clock.local(session.starts).date()].append(session)
    grid = []
    for date in sorted(days):
        day = build_day(shapes, days[date], room_rank)
        grid.append(
            {"date": f"{date:%Y-%m-%d}T00:00:00{shapes.suffix}", "isDefault": not grid, **day}
        )
    return grid


def build_day(shapes: Shapes, sessions: list[Session], room_rank: dict[int, int]) -> dict:
    by_room: dict[int, list[Session]] = defaultdict(list)
    rooms: dict[int, Room] = {}
    for session in sessions:
        rooms[session.room.id] = session.room
        by_room[session.room.id].append(session)
    ordered = sorted(rooms.values(), key=lambda room: room_rank[room.id])
    index = {room.id: position for position, room in enumerate(ordered)}
    slots: dict[dt.datetime, list[Session]] = defaultdict(list)
    for session in sessions:
        slots[session.starts].append(session)
    local = shapes.clock.local
    return {
        "rooms": [
            {
                "id": room.id,
                "name": room.name,
                "sessions": [shapes.grid_session(s) for s in by_room[room.id]],
                "hasOnlyPlenumSessions": all(s.is_plenum_session for s in by_room[room.id]),
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
                        "session": shapes.grid_session(s),
                        "index": index[s.room.id],
                    }
                    for s in sorted(slots[start], key=lambda s: index[s.room.id])
                ],
            }
            for start in sorted(slots)
        ],
    }
