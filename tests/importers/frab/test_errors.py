"""Bad frab schedules: a message naming what and where, and nothing written."""

import json

import pytest

from podium.importers.errors import SessionizeError
from podium.importers.frab.write import import_frab
from podium.program import models as m
from tests.importers.frab import documents as d

pytestmark = pytest.mark.django_db

KEYNOTE_AT = 'schedule.conference.days[0].rooms["Hall A"][1]'


def keynote(document: dict) -> dict:
    return document["schedule"]["conference"]["days"][0]["rooms"]["Hall A"][1]


def broken(change) -> bytes:
    document = d.schedule()
    change(document)
    return json.dumps(document).encode()


CASES = {
    "local date": (
        lambda doc: keynote(doc).update(date="2027-05-12T10:00:00"),
        f"{KEYNOTE_AT}.date: '2027-05-12T10:00:00' is not a date and time with its UTC offset, "
        "like 2027-05-12T09:30:00+02:00",
    ),
    "duration": (
        lambda doc: keynote(doc).update(duration="1h"),
        f"{KEYNOTE_AT}.duration: '1h' is not a duration like 00:45 (hours:minutes)",
    ),
    "guid": (
        lambda doc: keynote(doc).update(guid="keynote"),
        f"{KEYNOTE_AT}.guid: the string 'keynote' is not a GUID (a UUID)",
    ),
    "repeated guid": (
        lambda doc: keynote(doc).update(guid=d.OPENING),
        f"{KEYNOTE_AT}.guid: {d.OPENING} repeats the guid of "
        'schedule.conference.days[0].rooms["Hall A"][0]',
    ),
    "no title": (
        lambda doc: keynote(doc).pop("title"),
        f"{KEYNOTE_AT}.title: missing",
    ),
    "person name": (
        lambda doc: keynote(doc)["persons"][0].update(name=" "),
        f"{KEYNOTE_AT}.persons[0].name: must not be empty",
    ),
    "id type": (
        lambda doc: keynote(doc).update(id="twelve"),
        f"{KEYNOTE_AT}.id: expected an integer, found the string 'twelve'",
    ),
    "link": (
        lambda doc: keynote(doc).update(links=[{"url": "slides.pdf"}]),
        f"{KEYNOTE_AT}.links[0].url: the string 'slides.pdf' is not an http(s) URL",
    ),
    "long title": (
        lambda doc: keynote(doc).update(title="x" * 501),
        f"{KEYNOTE_AT}.title: 501 characters, more than the 500 podium stores",
    ),
    "rooms": (
        lambda doc: doc["schedule"]["conference"]["days"][1].update(rooms=[]),
        "schedule.conference.days[1].rooms: expected an object of room names to lists of events",
    ),
    "room name": (
        lambda doc: doc["schedule"]["conference"]["days"][1]["rooms"].update({" ": []}),
        'schedule.conference.days[1].rooms[" "]: a room needs a name',
    ),
    "room guid": (
        lambda doc: doc["schedule"]["conference"]["rooms"][1].update(guid=d.HALL_A),
        f"schedule.conference.rooms[1].guid: {d.HALL_A} repeats the guid of rooms[0]",
    ),
    "room twice": (
        lambda doc: doc["schedule"]["conference"]["rooms"][1].update(name="Hall A"),
        "schedule.conference.rooms[1].name: Hall A repeats the name of rooms[0]",
    ),
    "no days": (
        lambda doc: doc["schedule"]["conference"].pop("days"),
        "schedule.conference.days: missing",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_frab_import_error_names_location_and_writes_nothing(case):
    change, message = CASES[case]

    with pytest.raises(SessionizeError) as error:
        import_frab(broken(change), slug="democon")

    assert str(error.value) == message
    assert m.Event.objects.count() == 0


def test_frab_import_error_leaves_existing_event_unchanged():
    event = import_frab(json.dumps(d.SCHEDULE).encode(), slug="democon").event
    before = list(event.sessions.values_list("pk", "title", "starts_at"))

    with pytest.raises(SessionizeError):
        import_frab(broken(lambda doc: keynote(doc).update(duration="soon")), slug="democon")

    assert list(event.sessions.values_list("pk", "title", "starts_at")) == before


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "the input is empty"),
        (b"{", "not valid JSON: unexpected end of data: line 1 column 2 (char 1)"),
        (b"[]", 'not a frab schedule: expected an object with a "schedule" key, found a list'),
        (
            b"<schedule>\n<day>",
            "not valid XML: Premature end of data in tag day line 2, line 2, column 6",
        ),
        (b"<sessions/>", "not a frab schedule: the root element is <sessions>"),
        (b"<schedule/>", "schedule: missing the <conference> element"),
    ],
)  # fmt: skip
def test_frab_import_error_on_a_document_that_is_no_schedule(body, message):
    with pytest.raises(SessionizeError) as error:
        import_frab(body, slug="democon")

    assert str(error.value) == message
