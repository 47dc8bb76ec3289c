"""A bad archive is refused whole, with one message naming the place."""

import copy

import pytest

from podium.importers.archive import restore_event
from podium.importers.errors import SessionizeError
from podium.program.models import Event
from tests.importers.archive.test_export import EXPECTED

pytestmark = pytest.mark.django_db


def edited(change) -> dict:
    archive = copy.deepcopy(EXPECTED)
    change(archive)
    return archive


def setter(path: tuple, value):
    def change(archive):
        target = archive
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def delete(path: tuple):
    def change(archive):
        target = archive
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


CASES = [
    (
        setter(("format",), "sessionize"),
        'format: expected "podium-event-archive", found the '
        "string 'sessionize': not a podium event archive (podium export writes one)",
    ),
    (setter(("version",), 2), "version: 2 is not a version this podium reads (it reads 1)"),
    (setter(("version",), True), "version: true is not a version this podium reads (it reads 1)"),
    (delete(("rooms",)), "rooms: missing"),
    (
        setter(("extra",), 1),
        "extra: unknown key (expected format, version, event, rooms, "
        "categories, questions, speakers, sessions, endpoints)",
    ),
    (
        setter(("sessions", 0, "titel"), "x"),
        "sessions[0].titel: unknown key (expected id, "
        "title, description, starts_at, ends_at, is_service_session, is_plenum_session, status, "
        "is_informed, is_confirmed, live_url, recording_url, room, speakers, items, answers)",
    ),
    (delete(("speakers", 0, "links", 1, "url")), "speakers[0].links[1].url: missing"),
    (setter(("event", "slug"), "no spaces"), "event.slug: 'no spaces' is not a slug"),
    (setter(("event", "name"), " "), "event.name: must not be empty"),
    (
        setter(("event", "time_zone"), "Mars/Olympus"),
        "event.time_zone: 'Mars/Olympus' is not an IANA time zone",
    ),
    (
        setter(("event", "schedule_announced"), "yes"),
        "event.schedule_announced: expected true or false, found the string 'yes'",
    ),
    (
        setter(("rooms", 0, "sort"), 2**31),
        "rooms[0].sort: 2147483648 is outside -2147483648 to 2147483647",
    ),
    (setter(("rooms", 0, "id"), -1), "rooms[0].id: -1 is outside 0 to 9223372036854775807"),
    (
        setter(("rooms", 0, "name"), "x" * 201),
        "rooms[0].name: 201 characters, more than the 200 podium stores",
    ),
    (setter(("rooms", 0, "name"), None), "rooms[0].name: must not be null"),
    (setter(("rooms", 0, "name"), "a\x00b"), "rooms[0].name: contains a NUL character (\\u0000)"),
    (
        setter(("categories", 1, "items", 0, "id"), 31),
        "categories[1].items[0].id: 31 repeats the id of categories[0].items[0]",
    ),
    (
        setter(("categories", 0, "type"), "room"),
        'categories[0].type: the string \'room\' is not one of "session", "speaker"',
    ),
    (
        setter(("questions", 0, "question_type"), "Essay"),
        "questions[0].question_type: the string 'Essay' is not one of \"Short_Text\", "
        '"Long_Text", "Web_address", "Percentage"',
    ),
    (
        setter(("sessions", 1, "status"), "Maybe"),
        'sessions[1].status: the string \'Maybe\' is not one of "Accepted", "Declined", '
        '"Nominated", "Accept_Queue", "Decline_Queue", "Waitlisted"',
    ),
    (setter(("sessions", 1, "id"), "101"), "sessions[1].id: 101 repeats the id of sessions[0]"),
    (setter(("sessions", 1, "id"), " "), "sessions[1].id: must not be empty"),
    (setter(("sessions", 0, "room"), 8), 'sessions[0].room: 8 is not the id of a room in "rooms"'),
    (
        setter(("sessions", 0, "room"), "7"),
        "sessions[0].room: expected an integer, found the string '7'",
    ),
    (
        setter(("sessions", 0, "starts_at"), "2026-10-01T09:00:00"),
        "sessions[0].starts_at: '2026-10-01T09:00:00' is not a time with an offset like "
        "2026-10-01T09:00:00Z",
    ),
    (
        setter(("sessions", 0, "starts_at"), "soon"),
        "sessions[0].starts_at: 'soon' is not a time with an offset like 2026-10-01T09:00:00Z",
    ),
    (
        setter(("sessions", 0, "ends_at"), "9999-12-31T23:59:59-01:00"),
        "sessions[0].ends_at: '9999-12-31T23:59:59-01:00' is not a time with an offset like "
        "2026-10-01T09:00:00Z",
    ),
    (
        setter(("sessions", 0, "ends_at"), None),
        "sessions[0].ends_at: null while starts_at is set: give both or neither",
    ),
    (
        setter(("sessions", 0, "ends_at"), "2026-10-01T08:00:00Z"),
        "sessions[0].ends_at: before starts_at",
    ),
    (
        setter(("sessions", 0, "live_url"), "javascript:alert(1)"),
        "sessions[0].live_url: the string 'javascript:alert(1)' is not an http:// or https:// URL",
    ),
    (
        setter(
            ("sessions", 0, "items"), [{"item": 31, "position": 0}, {"item": 31, "position": 1}]
        ),
        "sessions[0].items[1].item: 31 is listed twice (first at sessions[0].items[0].item)",
    ),
    (
        setter(("sessions", 0, "answers", 0, "question"), 9),
        'sessions[0].answers[0].question: 9 is not the id of a question in "questions"',
    ),
    (
        setter(("sessions", 0, "speakers", 0, "position"), -1),
        "sessions[0].speakers[0].position: -1 is outside 0 to 2147483647",
    ),
    (
        setter(("speakers", 0, "items", 0, "item"), 99),
        'speakers[0].items[0].item: 99 is not the id of an item in "categories"',
    ),
    (setter(("sessions", 0), []), "sessions[0]: expected an object, found a list"),
    (
        setter(("endpoints", 0, "id"), "Short"),
        "endpoints[0].id: use 8 to 12 lowercase letters and digits",
    ),
    (
        setter(("endpoints", 0, "format"), "csv"),
        'endpoints[0].format: the string \'csv\' is not one of "json", "xml", "ical", "embed"',
    ),
    (
        setter(("endpoints", 0, "group_by"), 5),
        'endpoints[0].group_by: 5 is not the id of a category in "categories"',
    ),
    (
        setter(("endpoints", 0, "exposed_questions"), [5, 5]),
        "endpoints[0].exposed_questions[1]: 5 is listed twice",
    ),
    (
        setter(("endpoints", 0, "exposed_categories"), 3),
        "endpoints[0].exposed_categories: expected a list, found 3",
    ),
]


@pytest.mark.parametrize(("change", "message"), CASES)
def test_restore_event_bad_archive_names_the_place(change, message):
    with pytest.raises(SessionizeError) as caught:
        restore_event(edited(change))
    assert str(caught.value) == message
    assert not Event.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "not a podium event archive: expected an object at the top level, found a list"),
        (
            {},
            'format: expected "podium-event-archive", found null: not a podium event archive '
            "(podium export writes one)",
        ),
    ],
)
def test_restore_event_not_an_archive_refused(data, message):
    with pytest.raises(SessionizeError) as caught:
        restore_event(data)
    assert str(caught.value) == message
