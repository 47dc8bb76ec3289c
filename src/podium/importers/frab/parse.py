"""Check a decoded frab schedule and read it into :mod:`podium.importers.frab.schedule`.

Pure: no database. Every problem raises :class:`SessionizeError` naming its location
in the JSON form, e.g. ``schedule.conference.days[1].rooms["Hall A"][3].date``.
"""

import json

from podium.importers.frab import schedule as f
from podium.importers.frab.decode import decode_schedule
from podium.importers.frab.fields import (
    bounded,
    duration,
    flag,
    guid,
    moment,
    optional_int,
    references,
    text,
)
from podium.importers.reader import Node, fail

# Longest values podium stores (the columns of Session.title, Room.name and so on).
TITLE, NAME, ITEM = 500, 200, 500


def parse_schedule(raw: bytes) -> f.Schedule:
    """The schedule in a frab JSON or XML document."""
    data = decode_schedule(raw)
    conference = Node(Node(data["schedule"], "schedule").raw("conference"), "schedule.conference")
    schedule = f.Schedule(
        title=text(conference, "title") or "",
        time_zone_name=text(conference, "time_zone_name"),
        tracks=[bounded(track, "name", ITEM) for track in tracks(conference)],
    )
    for room in conference.objects("rooms", default=[]):
        schedule.rooms.append(f.Room(name=bounded(room, "name", NAME), guid=guid(room, "guid")))
    unique_rooms(conference, schedule.rooms)
    event_guids: dict[str, str] = {}  # GUID -> location of its event
    for day in conference.objects("days"):
        for name, events in day_rooms(day):
            if name not in {room.name for room in schedule.rooms}:
                schedule.rooms.append(f.Room(name=name, guid=None))
            for node in events:
                event = parse_event(node, name)
                # The GUID is the event's identity: two events with one cannot both be kept.
                first = event_guids.setdefault(event.guid, node.where)
                if first != node.where:
                    raise fail(node.at("guid"), f"{event.guid} repeats the guid of {first}")
                schedule.events.append(event)
    return schedule


def tracks(conference: Node) -> list[Node]:
    return [track for track in conference.objects("tracks", default=[]) if track.value.get("name")]


def day_rooms(day: Node) -> list[tuple[str, list[Node]]]:
    rooms = day.raw("rooms")
    if not isinstance(rooms, dict):
        raise fail(day.at("rooms"), "expected an object of room names to lists of events")
    result = []
    for name, events in rooms.items():
        where = f"{day.at('rooms')}[{json.dumps(name, ensure_ascii=False)}]"
        if not name.strip():
            raise fail(where, "a room needs a name")
        if len(name) > NAME:
            raise fail(where, f"a room name of {len(name)} characters, more than {NAME}")
        if not isinstance(events, list):
            raise fail(where, "expected a list of events")
        result.append((name, [Node(event, f"{where}[{i}]") for i, event in enumerate(events)]))
    return result


def parse_event(node: Node, room: str) -> f.Event:
    starts_at = moment(node, "date")
    return f.Event(
        guid=guid(node, "guid", required=True),
        id=optional_int(node, "id"),
        room=room,
        starts_at=starts_at,
        ends_at=starts_at + duration(node, "duration"),
        title=bounded(node, "title", TITLE),
        subtitle=text(node, "subtitle"),
        track=text(node, "track", limit=ITEM),
        type=text(node, "type", limit=ITEM),
        language=text(node, "language", limit=ITEM),
        abstract=text(node, "abstract"),
        description=text(node, "description"),
        do_not_record=flag(node, "do_not_record"),
        do_not_stream=flag(node, "do_not_stream"),
        recording_license=text(node, "recording_license"),
        persons=tuple(parse_person(person) for person in node.objects("persons", default=[])),
        links=references(node, "links") + references(node, "attachments"),
    )


def parse_person(node: Node) -> f.Person:
    # frab's older persons have only public_name.
    key = "public_name" if "name" not in node.value and "public_name" in node.value else "name"
    return f.Person(
        name=bounded(node, key, NAME),
        guid=guid(node, "guid"),
        id=optional_int(node, "id"),
        code=text(node, "code"),
        avatar=text(node, "avatar", limit=1000),
        biography=text(node, "biography"),
        links=references(node, "links"),
    )


def unique_rooms(conference: Node, rooms: list[f.Room]) -> None:
    """Events name their room: two rooms of one name, or of one GUID, cannot be told apart."""
    seen: dict[tuple[str, str], int] = {}
    for index, room in enumerate(rooms):
        for key, value in (("name", room.name), ("guid", room.guid)):
            first = seen.setdefault((key, value), index) if value else index
            if first != index:
                raise fail(
                    f"{conference.at('rooms')}[{index}].{key}",
                    f"{value} repeats the {key} of rooms[{first}]",
                )
