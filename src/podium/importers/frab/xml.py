"""Read a schedule.xml into the shape of the JSON form, so one parser checks both.

Element text becomes strings as in the JSON; attributes that the JSON has as numbers
or booleans are converted where that is unambiguous, and left as text otherwise so
the parser reports them at their place.
"""

from lxml import etree

from podium.importers.errors import SessionizeError

# No network, no entity expansion: a schedule needs neither, and both are attack surface.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
EVENT_TEXTS = (
    "date",
    "start",
    "duration",
    "title",
    "subtitle",
    "track",
    "type",
    "language",
    "abstract",
    "description",
    "url",
)


def xml_document(raw: bytes) -> dict:
    try:
        root = etree.fromstring(raw, PARSER)
    except etree.XMLSyntaxError as exc:
        raise SessionizeError(f"not valid XML: {exc.msg}") from None
    if root.tag != "schedule":
        raise SessionizeError(f"not a frab schedule: the root element is <{root.tag}>")
    conference = root.find("conference")
    if conference is None:
        raise SessionizeError("schedule: missing the <conference> element")
    head = {
        child.tag: child.text or ""
        for child in conference
        if child.tag in ("title", "acronym", "time_zone_name")
    }
    head["tracks"] = [{"name": track.get("name", "")} for track in conference.iter("track")]
    rooms: dict[str, dict] = {}
    days = []
    for day in root.iterfind("day"):
        day_rooms: dict[str, list] = {}
        for room in day.iterfind("room"):
            name = room.get("name", "")
            rooms.setdefault(name, {"name": name, "guid": room.get("guid")})
            day_rooms.setdefault(name, []).extend(event(e) for e in room.iterfind("event"))
        days.append({"index": day.get("index"), "date": day.get("date"), "rooms": day_rooms})
    head["rooms"] = [room if room["guid"] else {"name": room["name"]} for room in rooms.values()]
    head["days"] = days
    return {"schedule": {"version": root.findtext("version"), "conference": head}}


def event(element: etree._Element) -> dict:
    data = {"guid": element.get("guid"), "id": number(element.get("id"))}
    for tag in EVENT_TEXTS:
        child = element.find(tag)
        if child is not None:
            data[tag] = child.text or ""
    recording = element.find("recording")
    if recording is not None:
        data["recording_license"] = recording.findtext("license") or ""
        data["do_not_record"] = truth(recording.findtext("optout"))
    data["persons"] = [
        {"name": person.text or "", "guid": person.get("guid"), "id": number(person.get("id"))}
        for person in element.iterfind("persons/person")
    ]
    data["links"] = [
        {"url": link.get("href", ""), "title": link.text or ""}
        for link in [*element.iterfind("links/link"), *element.iterfind("attachments/attachment")]
    ]
    return {key: value for key, value in data.items() if value is not None}


def number(value: str | None) -> int | str | None:
    return int(value) if value is not None and value.strip().isdigit() else value


def truth(value: str | None) -> bool | str | None:
    return {"true": True, "1": True, "false": False, "0": False}.get((value or "").strip(), value)
