import orjson

from podium.importers.archive import dumps, export_event
from tests.factories import EventFactory, SessionFactory
from tests.importers.archive.conftest import START

EXPECTED = {
    "format": "podium-event-archive",
    "version": 1,
    "event": {
        "slug": "conf",
        "name": "Conf 2026",
        "time_zone": "Europe/Berlin",
        "schedule_announced": False,
    },
    "rooms": [{"id": 7, "name": "Hall", "sort": 2}],
    "categories": [
        {
            "id": 3,
            "title": "Track",
            "type": "session",
            "sort": 0,
            "single_choice": False,
            "items": [{"id": 31, "name": "Web", "sort": 1}],
        },
        {
            "id": 4,
            "title": "Expertise",
            "type": "speaker",
            "sort": 1,
            "single_choice": False,
            "items": [{"id": 41, "name": "Expert", "sort": 0}],
        },
    ],
    "questions": [
        {
            "id": 5,
            "target": "session",
            "question": "Slides?",
            "question_type": "Web_address",
            "sort": 0,
        },
        {
            "id": 6,
            "target": "speaker",
            "question": "Pronouns",
            "question_type": "Short_Text",
            "sort": 1,
        },
    ],
    "speakers": [
        {
            "id": "a-1",
            "first_name": "Ada",
            "last_name": "L",
            "bio": None,
            "tag_line": "Engineer",
            "profile_picture": "https://img.example/ada.png",
            "is_top_speaker": True,
            "links": [
                {"position": 0, "title": "Blog", "url": "https://ada.example", "link_type": "Blog"},
                {
                    "position": 0,
                    "title": "Code",
                    "url": "https://code.example",
                    "link_type": "Other",
                },
            ],
            "items": [{"item": 41, "position": 0}],
            "answers": [{"question": 6, "position": 0, "value": "she/her"}],
        }
    ],
    "sessions": [
        {
            "id": "101",
            "title": "Talk",
            "description": "Line\r\nTwo",
            "starts_at": "2026-10-01T09:00:00Z",
            "ends_at": "2026-10-01T09:45:00.000005Z",
            "is_service_session": False,
            "is_plenum_session": True,
            "status": "Accepted",
            "is_informed": False,
            "is_confirmed": True,
            "live_url": "https://live.example/1",
            "recording_url": None,
            "room": 7,
            "speakers": [{"speaker": "a-1", "position": 0, "speaker_position": 1}],
            "items": [{"item": 31, "position": 3}],
            "answers": [{"question": 5, "position": 0, "value": "https://s.example"}],
        },
        {
            "id": "102",
            "title": "Rejected idea",
            "description": None,
            "starts_at": None,
            "ends_at": None,
            "is_service_session": False,
            "is_plenum_session": False,
            "status": "Declined",
            "is_informed": True,
            "is_confirmed": False,
            "live_url": None,
            "recording_url": None,
            "room": None,
            "speakers": [{"speaker": "a-1", "position": 0, "speaker_position": None}],
            "items": [],
            "answers": [],
        },
    ],
    "endpoints": [
        {
            "id": "conf0json01",
            "name": "App",
            "format": "xml",
            "enabled": False,
            "include_sessions": "accepted",
            "service_sessions": False,
            "speaker_links": False,
            "utc_times": True,
            "show_schedule": True,
            "group_by": 3,
            "exposed_categories": [3, 4],
            "exposed_questions": [5],
        }
    ],
}


def test_export_event_holds_everything_the_model_holds(small_event):
    assert export_event(small_event) == EXPECTED


def test_export_event_costs_a_constant_number_of_queries(small_event, django_assert_num_queries):
    with django_assert_num_queries(16):  # the event, then one per table
        export_event(small_event)


def test_export_event_lists_records_in_creation_order(db):
    # Creation order breaks ties when publishing, so the archive keeps it: neither
    # the start times nor the ids decide the order here.
    event = EventFactory()
    for public_id, hour in (("200", 11), ("100", 9), ("300", 10)):
        SessionFactory(event=event, public_id=public_id, starts_at=START.replace(hour=hour))
    assert [s["id"] for s in export_event(event)["sessions"]] == ["200", "100", "300"]


def test_dumps_writes_indented_utf8_json(small_event):
    body = dumps(export_event(small_event))
    assert body.startswith(b'{\n  "format": "podium-event-archive",\n  "version": 1,\n')
    assert body.endswith(b"}\n")
    assert orjson.loads(body) == EXPECTED
