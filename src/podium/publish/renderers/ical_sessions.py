"""The scheduled sessions of an All or Sessions view, as the iCalendar format needs them."""

from dataclasses import dataclass
from datetime import datetime

from podium.publish.wire_times import parse_wire_time


@dataclass(frozen=True)
class CalendarSession:
    id: str
    title: str
    description: str | None
    starts: datetime
    ends: datetime
    room: str | None
    speakers: list[str]
    categories: list[str]


def scheduled(session: dict) -> bool:
    # A hidden schedule nulls the times: such sessions stay out of the calendar.
    return session["startsAt"] is not None and session["endsAt"] is not None


def from_all(data: dict, time_zone: str) -> list[CalendarSession]:
    speakers = {speaker["id"]: speaker["fullName"] for speaker in data["speakers"]}
    rooms = {room["id"]: room["name"] for room in data["rooms"]}
    items = {
        item["id"]: item["name"] for category in data["categories"] for item in category["items"]
    }
    return [
        CalendarSession(
            id=session["id"],
            title=session["title"],
            description=session["description"],
            starts=parse_wire_time(session["startsAt"], time_zone),
            ends=parse_wire_time(session["endsAt"], time_zone),
            room=rooms.get(session["roomId"]),
            speakers=[speakers[s] for s in session["speakers"] if s in speakers],
            categories=[items[i] for i in session["categoryItems"] if i in items],
        )
        for session in data["sessions"]
        if scheduled(session)
    ]


def from_sessions(groups: list[dict], time_zone: str) -> list[CalendarSession]:
    seen: set[str] = set()
    found = []
    for group in groups:
        for session in group["sessions"]:
            # A grouped view may list a session under several groups: one event each.
            if session["id"] in seen or not scheduled(session):
                continue
            seen.add(session["id"])
            found.append(
                CalendarSession(
                    id=session["id"],
                    title=session["title"],
                    description=session["description"],
                    starts=parse_wire_time(session["startsAt"], time_zone),
                    ends=parse_wire_time(session["endsAt"], time_zone),
                    room=session["room"],
                    speakers=[speaker["name"] for speaker in session["speakers"]],
                    categories=[
                        item["name"]
                        for category in session["categories"]
                        for item in category["categoryItems"]
                    ],
                )
            )
    return found


def calendar_sessions(view: str, data: object, time_zone: str) -> list[CalendarSession]:
    if view == "All":
        return from_all(data, time_zone)
    if view == "Sessions":
        return from_sessions(data, time_zone)
    raise ValueError(f"the iCalendar format has no {view!r} view (it answers All and Sessions)")
