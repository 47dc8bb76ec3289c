from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from podium.publish.renderers.base import RenderContext
from podium.publish.renderers.ical import IcalRenderer
from tests.publish.renderers.captures import load_capture
from tests.wire import all_session

LONDON = ZoneInfo("Europe/London")
SPEAKER = "2f5a8f2e-0000-4000-8000-000000000001"


def context(utc_times=False, time_zone="Europe/London"):
    return RenderContext(
        endpoint_id="demoical",
        event_name="Demo Conf 🎤",
        event_slug="demo-conf",
        time_zone=time_zone,
        utc_times=utc_times,
    )


def session(id, starts, ends, **overrides):
    return all_session(
        id, f"Talk {id}", starts, ends, 3,
        description="About <things> & more\r\nSecond line", speakers=[SPEAKER],
        categoryItems=[11, 12],
    ) | overrides  # fmt: skip


def all_view(sessions):
    return {
        "sessions": sessions,
        "speakers": [{"id": SPEAKER, "fullName": "Ada Lovelace"}],
        "questions": [],
        "categories": [
            {
                "id": 10,
                "title": "Track",
                "items": [
                    {"id": 11, "name": "Web", "sort": 0},
                    {"id": 12, "name": "AI", "sort": 1},
                ],
                "sort": 0,
                "type": "session",
            }
        ],
        "rooms": [{"id": 3, "name": "Main hall", "sort": 0}],
    }


PROGRAM = [
    # Crosses midnight.
    session("1001", "2026-10-02T23:30:00", "2026-10-03T00:30:00"),
    # On the day British Summer Time begins: 01:00-02:00 does not exist, so 1h30 long.
    session("1002", "2026-03-29T00:30:00", "2026-03-29T03:00:00", roomId=None),
    # Hidden schedule: left out.
    session("1003", None, None),
    # A service session with a GUID id.
    session(
        "6a1c0e55-9f43-4c11-8d1e-4f7f3e1e2a10",
        "2026-10-03T12:00:00",
        "2026-10-03T13:00:00",
        title="Lunch",
        description=None,
        speakers=[],
        categoryItems=[],
        isServiceSession=True,
        status=None,
    ),
]


def render(view, data, **kwargs):
    return IcalRenderer().render(view, data, context(**kwargs))


def events_of(body):
    return icalendar.Calendar.from_ical(body).walk("VEVENT")


def test_ical_all_has_one_event_per_scheduled_session():
    events = events_of(render("All", all_view(PROGRAM)))

    assert [str(e["UID"]) for e in events] == [
        "1001@demo-conf.podium",
        "1002@demo-conf.podium",
        "6a1c0e55-9f43-4c11-8d1e-4f7f3e1e2a10@demo-conf.podium",
    ]


def test_ical_session_crossing_midnight_keeps_local_times():
    event = events_of(render("All", all_view(PROGRAM)))[0]

    assert event.decoded("DTSTART") == datetime(2026, 10, 2, 23, 30, tzinfo=LONDON)
    assert event.decoded("DTEND") == datetime(2026, 10, 3, 0, 30, tzinfo=LONDON)
    assert event["DTSTART"].params["TZID"] == "Europe/London"


def test_ical_dst_change_day_lasts_real_duration():
    event = events_of(render("All", all_view(PROGRAM)))[1]

    starts, ends = event.decoded("DTSTART"), event.decoded("DTEND")
    assert starts.astimezone(UTC) == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert ends.astimezone(UTC) == datetime(2026, 3, 29, 2, 0, tzinfo=UTC)
    assert ends - starts == timedelta(hours=2, minutes=30)  # wall clock
    assert ends.astimezone(UTC) - starts.astimezone(UTC) == timedelta(hours=1, minutes=30)


def test_ical_fields_summary_description_location_categories_stamps():
    body = render("All", all_view(PROGRAM))
    calendar = icalendar.Calendar.from_ical(body)
    first, second, lunch = calendar.walk("VEVENT")

    assert str(calendar["X-WR-CALNAME"]) == "Demo Conf 🎤"
    assert str(first["SUMMARY"]) == "Talk 1001"
    assert str(first["DESCRIPTION"]) == (
        "About <things> & more\nSecond line\n\nSpeakers: Ada Lovelace"
    )
    assert str(first["LOCATION"]) == "Main hall"
    assert first["CATEGORIES"].cats == ["Web", "AI"]
    assert first.decoded("DTSTAMP") == datetime(2000, 1, 1, tzinfo=UTC)
    assert first.decoded("LAST-MODIFIED") == datetime(2000, 1, 1, tzinfo=UTC)
    assert "LOCATION" not in second
    assert "DESCRIPTION" not in lunch
    assert "CATEGORIES" not in lunch


def test_ical_has_vtimezone_of_event_zone():
    calendar = icalendar.Calendar.from_ical(render("All", all_view(PROGRAM)))

    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_ical_utc_times_use_utc_without_vtimezone():
    data = all_view([session("1001", "2026-10-02T22:30:00Z", "2026-10-02T23:30:00Z")])

    body = render("All", data, utc_times=True)

    assert b"DTSTART:20261002T223000Z" in body
    assert b"DTEND:20261002T233000Z" in body
    assert b"VTIMEZONE" not in body
    assert events_of(body)[0].decoded("DTSTART") == datetime(2026, 10, 2, 22, 30, tzinfo=UTC)


def test_ical_independent_parser_reads_same_events():
    body = render("All", all_view(PROGRAM))

    calendar = vobject.readOne(body.decode("utf-8"))

    events = calendar.vevent_list
    assert [e.uid.value for e in events] == [
        "1001@demo-conf.podium",
        "1002@demo-conf.podium",
        "6a1c0e55-9f43-4c11-8d1e-4f7f3e1e2a10@demo-conf.podium",
    ]
    crossing, dst_day, _ = events
    assert crossing.dtstart.value.astimezone(UTC) == datetime(2026, 10, 2, 22, 30, tzinfo=UTC)
    assert crossing.dtend.value.astimezone(UTC) == datetime(2026, 10, 2, 23, 30, tzinfo=UTC)
    assert dst_day.dtstart.value.astimezone(UTC) == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert dst_day.dtend.value.astimezone(UTC) == datetime(2026, 3, 29, 2, 0, tzinfo=UTC)
    assert crossing.summary.value == "Talk 1001"
    assert crossing.location.value == "Main hall"


def test_ical_sessions_view_lists_each_session_once():
    grouped = [
        {
            "groupId": 11,
            "groupName": "Web",
            "sessions": [sessions_view_session("1001", "Web")],
            "isDefault": False,
        },
        {
            "groupId": 12,
            "groupName": "AI",
            "sessions": [sessions_view_session("1001", "Web"), sessions_view_session("1002", "AI")],
            "isDefault": False,
        },
    ]

    events = events_of(render("Sessions", grouped))

    assert [str(e["UID"]) for e in events] == ["1001@demo-conf.podium", "1002@demo-conf.podium"]
    assert str(events[0]["LOCATION"]) == "Main hall"
    assert events[1]["CATEGORIES"].cats == ["AI"]
    assert str(events[1]["DESCRIPTION"]) == "Speakers: Ada Lovelace, Grace Hopper"


def sessions_view_session(id, item):
    return {
        "questionAnswers": [],
        "id": id,
        "title": f"Talk {id}",
        "description": None,
        "startsAt": "2026-10-02T10:00:00",
        "endsAt": "2026-10-02T11:00:00",
        "speakers": [
            {"id": SPEAKER, "name": "Ada Lovelace"},
            {"id": "x", "name": "Grace Hopper"},
        ],
        "categories": [{"id": 10, "name": "Track", "categoryItems": [{"id": 1, "name": item}]}],
        "room": "Main hall",
    }


def test_ical_control_characters_are_dropped_and_emoji_kept():
    data = all_view([session("1001", "2026-10-02T10:00:00", "2026-10-02T11:00:00")])
    data["sessions"][0]["title"] = "Bell\x07 and 🎉, <b>; done"

    event = events_of(render("All", data))[0]

    assert str(event["SUMMARY"]) == "Bell and 🎉, <b>; done"


def test_ical_hidden_schedule_gives_empty_calendar():
    data = all_view([session("1001", None, None)])

    calendar = icalendar.Calendar.from_ical(render("All", data))

    assert calendar.walk("VEVENT") == []
    assert calendar.walk("VTIMEZONE") == []


def test_ical_same_data_gives_same_bytes():
    assert render("All", all_view(PROGRAM)) == render("All", all_view(PROGRAM))


def test_ical_other_views_are_refused():
    renderer = IcalRenderer()

    assert renderer.views == {"All", "Sessions"}
    with pytest.raises(ValueError, match="has no 'Speakers' view"):
        renderer.render("Speakers", [], context())


def test_ical_capture_round_trips_with_both_parsers():
    data = load_capture("scottish-summit-2026", "All")
    scheduled = [s for s in data["sessions"] if s["startsAt"]]

    body = IcalRenderer().render("All", data, context())

    events = events_of(body)
    assert len(events) == len(scheduled)
    assert [e.decoded("DTSTART").replace(tzinfo=None).isoformat() for e in events] == [
        s["startsAt"] for s in scheduled
    ]
    assert len(vobject.readOne(body.decode("utf-8")).vevent_list) == len(scheduled)


def test_ical_event_name_with_line_breaks_is_one_line():
    renderer = IcalRenderer()
    named = RenderContext(
        endpoint_id="demoical",
        event_name="Demo\r\nConf\n2026",
        event_slug="demo-conf",
        time_zone="Europe/London",
        utc_times=False,
    )
    body = renderer.render("All", all_view(PROGRAM), named)
    assert str(icalendar.Calendar.from_ical(body)["X-WR-CALNAME"]) == "Demo Conf 2026"
