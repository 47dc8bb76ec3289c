"""Serialize a frab schedule (as build_frab returns it) to JSON or to frab XML."""

import orjson
from lxml import etree

from podium.publish.renderers.xml import NOT_XML

JSON_CONTENT_TYPE = "application/json; charset=utf-8"
XML_CONTENT_TYPE = "application/xml; charset=utf-8"


def frab_json(frab: dict) -> bytes:
    return orjson.dumps(frab)


def text(parent: etree._Element, tag: str, value: object, **attributes: str) -> None:
    element = etree.SubElement(parent, tag, **attributes)
    # The c3voc XSD's strings cannot hold an escape: characters XML 1.0 lacks are dropped.
    element.text = NOT_XML.sub("", str(value)) if value is not None else ""


def event_element(parent: etree._Element, event: dict) -> None:
    element = etree.SubElement(parent, "event", id=str(event["id"]), guid=event["guid"])
    text(element, "date", event["date"])
    text(element, "start", event["start"])
    text(element, "duration", event["duration"])
    text(element, "room", event["room"])
    text(element, "slug", event["slug"])
    text(element, "title", event["title"])
    text(element, "track", event["track"])
    text(element, "type", event["type"])
    text(element, "abstract", event["abstract"])
    persons = etree.SubElement(element, "persons")
    for person in event["persons"]:
        text(persons, "person", person["name"], guid=person["guid"])
    etree.SubElement(element, "links")


def frab_xml(frab: dict) -> bytes:
    """The schedule.xml form, valid against the c3voc schedule XSD."""
    conference = frab["schedule"]["conference"]
    root = etree.Element("schedule")
    generator = frab["generator"]
    etree.SubElement(root, "generator", name=generator["name"], version=generator["version"])
    text(root, "version", frab["schedule"]["version"])
    head = etree.SubElement(root, "conference")
    for key in ("title", "acronym", "start", "end"):
        text(head, key, conference[key])
    text(head, "days", conference["daysCount"])
    text(head, "timeslot_duration", conference["timeslot_duration"])
    if "time_zone_name" in conference:
        text(head, "time_zone_name", conference["time_zone_name"])
    for track in conference.get("tracks", []):
        etree.SubElement(head, "track", name=NOT_XML.sub("", track["name"]))
    guids = {room["name"]: room["guid"] for room in conference["rooms"]}
    for day in conference["days"]:
        day_element = etree.SubElement(
            root,
            "day",
            index=str(day["index"]),
            date=day["date"],
            start=day["day_start"],
            end=day["day_end"],
        )
        for name, events in day["rooms"].items():
            room = etree.SubElement(day_element, "room", name=NOT_XML.sub("", name))
            if name in guids:
                room.set("guid", guids[name])
            for event in events:
                event_element(room, event)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
