import pytest

from podium.publish.builders import build_view
from tests.publish.builders.conftest import LUNCH_ID

pytestmark = pytest.mark.django_db


def outline(grid):
    """Days, rooms and slots by ids, to compare the structure at a glance."""
    return [
        {
            "date": day["date"],
            "isDefault": day["isDefault"],
            "rooms": [
                (r["id"], r["name"], [s["id"] for s in r["sessions"]], r["hasOnlyPlenumSessions"])
                for r in day["rooms"]
            ],
            "timeSlots": [
                (
                    slot["slotStart"],
                    [(r["id"], r["session"]["id"], r["index"]) for r in slot["rooms"]],
                )
                for slot in day["timeSlots"]
            ],
        }
        for day in grid
    ]


def test_grid_days_rooms_and_slots(exposed):
    grid = build_view(exposed.endpoint, "GridSmart")
    assert outline(grid) == [
        {
            "date": "2026-10-03T00:00:00",
            "isDefault": True,
            "rooms": [
                (10, "Main", ["1001", "1003", LUNCH_ID], False),
                (11, "Side", ["1002"], False),
            ],
            "timeSlots": [
                ("09:00:00", [(10, "1001", 0)]),
                ("10:00:00", [(10, "1003", 0), (11, "1002", 1)]),
                ("12:00:00", [(10, LUNCH_ID, 0)]),
            ],
        },
        {
            "date": "2026-10-04T00:00:00",
            "isDefault": False,
            "rooms": [(11, "Side", ["1004"], False)],
            "timeSlots": [("09:00:00", [(11, "1004", 0)])],
        },
    ]


def test_grid_key_order_of_every_level(exposed):
    day = build_view(exposed.endpoint, "GridSmart")[0]
    assert list(day) == ["date", "isDefault", "rooms", "timeSlots"]
    assert list(day["rooms"][0]) == ["id", "name", "sessions", "hasOnlyPlenumSessions"]
    assert list(day["timeSlots"][0]) == ["slotStart", "rooms"]
    assert list(day["timeSlots"][0]["rooms"][0]) == ["id", "name", "session", "index"]


def test_grid_session_is_sessions_view_session_without_answers(exposed):
    grid = build_view(exposed.endpoint, "GridSmart")
    listed = build_view(exposed.endpoint, "Sessions")[0]["sessions"][2]
    expected = {key: value for key, value in listed.items() if key != "questionAnswers"}
    assert grid[0]["rooms"][1]["sessions"][0] == expected
    assert list(grid[0]["rooms"][1]["sessions"][0]) == list(expected)
    assert grid[0]["timeSlots"][1]["rooms"][1]["session"] == expected


def test_grid_room_with_only_plenum_sessions_says_so(exposed):
    exposed.event.sessions.filter(public_id="1004").update(is_plenum_session=True)
    grid = build_view(exposed.endpoint, "GridSmart")
    assert [r["hasOnlyPlenumSessions"] for r in grid[1]["rooms"]] == [True]


def test_grid_utc_dates_and_times(exposed):
    exposed.endpoint.utc_times = True
    exposed.endpoint.save()
    grid = build_view(exposed.endpoint, "GridSmart")
    assert [day["date"] for day in grid] == ["2026-10-03T00:00:00Z", "2026-10-04T00:00:00Z"]
    assert [slot["slotStart"] for slot in grid[0]["timeSlots"]] == [
        "08:00:00",
        "09:00:00",
        "11:00:00",
    ]
    assert grid[0]["rooms"][0]["sessions"][0]["startsAt"] == "2026-10-03T08:00:00Z"


def test_grid_day_follows_event_time_zone(exposed):
    # 23:30 UTC on the 3rd is 00:30 on the 4th in London.
    exposed.event.sessions.filter(public_id="1005").update(
        starts_at="2026-10-03T23:30:00Z", ends_at="2026-10-04T00:15:00Z", room=exposed.rooms[0]
    )
    grid = build_view(exposed.endpoint, "GridSmart")
    assert outline(grid)[1]["timeSlots"] == [
        ("00:30:00", [(10, "1005", 0)]),
        ("09:00:00", [(11, "1004", 1)]),
    ]


def test_grid_hidden_schedule_is_empty(exposed):
    exposed.event.schedule_announced = False
    exposed.event.save()
    assert build_view(exposed.endpoint, "GridSmart") == []


def test_grid_hidden_schedule_shown_when_endpoint_says_so(exposed):
    exposed.event.schedule_announced = False
    exposed.event.save()
    exposed.endpoint.show_schedule = True
    exposed.endpoint.save()
    assert len(build_view(exposed.endpoint, "GridSmart")) == 2
