import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from podium.publish.records import PublishedEvent, Room, publication_of
from podium.publish.renderers.ical import IcalRenderer
from tests.publish.formats_setup import endpoint_of, import_capture
from tests.publish.publications import (
    category_record,
    publication,
    service_record,
    session_record,
    speaker_record,
)
from tests.publish.renderers.captures import load_capture

LONDON = ZoneInfo("Europe/London")
SPEAKER = "2f5a8f2e-0000-4000-8000-000000000001"
MAIN_HALL = Room(3, "Main hall", 0)
TRACK = category_record(10, "Track", [(11, "Web"), (12, "AI")])
WEB, AI = TRACK.items


def session(id, starts, ends, **overrides):
    """A talk in the main hall; times are UTC instants."""
    talk = session_record(
        id, f"Talk {id}", starts, ends, MAIN_HALL,
        description="About <things> & more\r\nSecond line", speaker_ids=(SPEAKER,),
        items=(WEB, AI),
    )  # fmt: skip
    return dataclasses.replace(talk, **overrides)


ADA = speaker_record(SPEAKER, "Ada", "Lovelace")


def all_of(sessions, speakers=(ADA,), **options):
    return publication(
        sessions,
        speakers=list(speakers),
        rooms=[MAIN_HALL],
        categories=[TRACK],
        name="Demo Conf 🎤",
        **options,
    )


PROGRAM = [
    # Crosses midnight: 23:30 to 00:30 BST.
    session("1001", "2026-10-02T22:30", "2026-10-02T23:30"),
    # On the day British Summer Time begins: 01:00-02:00 does not exist, so 00:30 GMT
    # to 03:00 BST is 1h30 long.
    session("1002", "2026-03-29T00:30", "2026-03-29T02:00", room=None),
    # Hidden schedule: left out.
    session("1003", None, None),
    # A service session with a GUID id, 12:00 to 13:00 BST.
    service_record(
        "6a1c0e55-9f43-4c11-8d1e-4f7f3e1e2a10",
        "Lunch",
        "2026-10-03T11:00",
        "2026-10-03T12:00",
        MAIN_HALL,
    ),  # fmt: skip
]


def render(view, data):
    return IcalRenderer().render(view, data)


def events_of(body):
    return icalendar.Calendar.from_ical(body).walk("VEVENT")


def test_ical_all_has_one_event_per_scheduled_session():
    events = events_of(render("All", all_of(PROGRAM)))

    assert [str(e["UID"]) for e in events] == [
        "1001@demo-conf.podium",
        "1002@demo-conf.podium",
        "6a1c0e55-9f43-4c11-8d1e-4f7f3e1e2a10@demo-conf.podium",
    ]


def test_ical_session_crossing_midnight_keeps_local_times():
    event = events_of(render("All", all_of(PROGRAM)))[0]

    assert event.decoded("DTSTART") == datetime(2026, 10, 2, 23, 30, tzinfo=LONDON)
    assert event.decoded("DTEND") == datetime(2026, 10, 3, 0, 30, tzinfo=LONDON)
    assert event["DTSTART"].params["TZID"] == "Europe/London"


def test_ical_dst_change_day_lasts_real_duration():
    event = events_of(render("All", all_of(PROGRAM)))[1]

    starts, ends = event.decoded("DTSTART"), event.decoded("DTEND")
    assert starts.astimezone(UTC) == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert ends.astimezone(UTC) == datetime(2026, 3, 29, 2, 0, tzinfo=UTC)
    assert ends - starts == timedelta(hours=2, minutes=30)  # wall clock
    assert ends.astimezone(UTC) - starts.astimezone(UTC) == timedelta(hours=1, minutes=30)


def test_ical_fields_summary_description_location_categories_stamps():
    body = render("All", all_of(PROGRAM))
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
    calendar = icalendar.Calendar.from_ical(render("All", all_of(PROGRAM)))

    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_ical_utc_times_use_utc_without_vtimezone():
    data = all_of([session("1001", "2026-10-02T22:30", "2026-10-02T23:30")], utc_times=True)

    body = render("All", data)

    assert b"DTSTART:20261002T223000Z" in body
    assert b"DTEND:20261002T233000Z" in body
    assert b"VTIMEZONE" not in body
    assert events_of(body)[0].decoded("DTSTART") == datetime(2026, 10, 2, 22, 30, tzinfo=UTC)


def test_ical_independent_parser_reads_same_events():
    body = render("All", all_of(PROGRAM))

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
    grace = speaker_record("x", "Grace", "Hopper")
    both = session("1001", "2026-10-02T09:00", "2026-10-02T10:00", description=None)
    ai_only = dataclasses.replace(both, id="1002", items=(AI,), speaker_ids=(SPEAKER, "x"))
    grouped = all_of(
        [both, ai_only],
        speakers=[ADA, grace],
        group_by=TRACK,
    )

    events = events_of(render("Sessions", grouped))

    assert [str(e["UID"]) for e in events] == ["1001@demo-conf.podium", "1002@demo-conf.podium"]
    assert str(events[0]["LOCATION"]) == "Main hall"
    assert events[0]["CATEGORIES"].cats == ["Web", "AI"]
    assert events[1]["CATEGORIES"].cats == ["AI"]
    assert str(events[1]["DESCRIPTION"]) == "Speakers: Ada Lovelace, Grace Hopper"


def test_ical_control_characters_are_dropped_and_emoji_kept():
    data = all_of(
        [
            session(
                "1001", "2026-10-02T09:00", "2026-10-02T10:00", title="Bell\x07 and 🎉, <b>; done"
            )
        ]
    )

    event = events_of(render("All", data))[0]

    assert str(event["SUMMARY"]) == "Bell and 🎉, <b>; done"


def test_ical_hidden_schedule_gives_empty_calendar():
    data = all_of([session("1001", None, None)])

    calendar = icalendar.Calendar.from_ical(render("All", data))

    assert calendar.walk("VEVENT") == []
    assert calendar.walk("VTIMEZONE") == []


def test_ical_same_data_gives_same_bytes():
    assert render("All", all_of(PROGRAM)) == render("All", all_of(PROGRAM))


def test_ical_other_views_are_refused():
    renderer = IcalRenderer()

    assert renderer.views == {"All", "Sessions"}
    with pytest.raises(ValueError, match="has no 'Speakers' view"):
        renderer.render("Speakers", all_of(PROGRAM))


@pytest.mark.django_db
def test_ical_capture_round_trips_with_both_parsers():
    endpoint = endpoint_of(import_capture("scottish-summit-2026"), "ical")
    data = load_capture("scottish-summit-2026", "All")
    scheduled = [s for s in data["sessions"] if s["startsAt"]]

    body = IcalRenderer().render("All", publication_of(endpoint))

    events = events_of(body)
    assert len(events) == len(scheduled)
    assert [e.decoded("DTSTART").replace(tzinfo=None).isoformat() for e in events] == [
        s["startsAt"] for s in scheduled
    ]
    assert len(vobject.readOne(body.decode("utf-8")).vevent_list) == len(scheduled)


def test_ical_event_name_with_line_breaks_is_one_line():
    named = dataclasses.replace(
        all_of(PROGRAM), event=PublishedEvent("demo-conf", "Demo\r\nConf\n2026", "Europe/London")
    )
    body = render("All", named)
    assert str(icalendar.Calendar.from_ical(body)["X-WR-CALNAME"]) == "Demo Conf 2026"
