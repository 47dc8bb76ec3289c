"""Sessions next to a daylight saving change come out at their exact instant in every format.

In the hour when clocks go back, one wall-clock time names two instants; next to the
skipped hour (clocks go forward) a session's wall-clock length differs from its real
length. Each case is one session, given by its UTC instants.
"""

import datetime as dt
from dataclasses import dataclass

import icalendar
import orjson
import pytest
import vobject
from lxml import etree

from podium.publish.frab.render import render_frab
from podium.publish.render import render_endpoint_view
from tests.factories import EndpointFactory, EventFactory, RoomFactory, SessionFactory

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Case:
    name: str
    time_zone: str
    starts: dt.datetime
    ends: dt.datetime
    # As the Sessionize views show the instants on the event's wall clock.
    wall_starts: str
    wall_ends: str
    # As frab writes them: wall clock with the offset in force at that instant.
    frab_starts: str
    frab_ends: str
    frab_duration: str


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


CASES = [
    # London, 2026-10-25: at 01:00 UTC clocks go back from 02:00 BST to 01:00 GMT.
    Case(
        "london-repeated-hour-second-time",
        "Europe/London",
        utc("2026-10-25T01:10"),
        utc("2026-10-25T01:40"),
        "2026-10-25T01:10:00",
        "2026-10-25T01:40:00",
        "2026-10-25T01:10:00+00:00",
        "2026-10-25T01:40:00+00:00",
        "00:30",
    ),
    # Starts at 01:10 BST and ends an hour later at 01:10 GMT.
    Case(
        "london-repeated-hour-both-times",
        "Europe/London",
        utc("2026-10-25T00:10"),
        utc("2026-10-25T01:10"),
        "2026-10-25T01:10:00",
        "2026-10-25T01:10:00",
        "2026-10-25T01:10:00+01:00",
        "2026-10-25T01:10:00+00:00",
        "01:00",
    ),
    # London, 2026-03-29: at 01:00 UTC clocks go forward from 01:00 GMT to 02:00 BST.
    Case(
        "london-next-to-skipped-hour",
        "Europe/London",
        utc("2026-03-29T00:30"),
        utc("2026-03-29T01:00"),
        "2026-03-29T00:30:00",
        "2026-03-29T02:00:00",
        "2026-03-29T00:30:00+00:00",
        "2026-03-29T02:00:00+01:00",
        "00:30",
    ),
    # New York, 2026-11-01: at 06:00 UTC clocks go back from 02:00 EDT to 01:00 EST.
    Case(
        "new-york-repeated-hour-second-time",
        "America/New_York",
        utc("2026-11-01T06:10"),
        utc("2026-11-01T06:40"),
        "2026-11-01T01:10:00",
        "2026-11-01T01:40:00",
        "2026-11-01T01:10:00-05:00",
        "2026-11-01T01:40:00-05:00",
        "00:30",
    ),
    Case(
        "new-york-repeated-hour-both-times",
        "America/New_York",
        utc("2026-11-01T05:30"),
        utc("2026-11-01T06:30"),
        "2026-11-01T01:30:00",
        "2026-11-01T01:30:00",
        "2026-11-01T01:30:00-04:00",
        "2026-11-01T01:30:00-05:00",
        "01:00",
    ),
    # New York, 2026-03-08: at 07:00 UTC clocks go forward from 02:00 EST to 03:00 EDT.
    Case(
        "new-york-next-to-skipped-hour",
        "America/New_York",
        utc("2026-03-08T06:30"),
        utc("2026-03-08T07:00"),
        "2026-03-08T01:30:00",
        "2026-03-08T03:00:00",
        "2026-03-08T01:30:00-05:00",
        "2026-03-08T03:00:00-04:00",
        "00:30",
    ),
]


@pytest.fixture(params=CASES, ids=[case.name for case in CASES])
def case(request):
    return request.param


def endpoint_for(case: Case, fmt: str, *, utc_times: bool = False):
    event = EventFactory(slug="dst", time_zone=case.time_zone)
    if not event.sessions.exists():
        room = RoomFactory(event=event, name="Main hall")
        SessionFactory(event=event, room=room, starts_at=case.starts, ends_at=case.ends)
    return EndpointFactory(event=event, format=fmt, utc_times=utc_times)


def rendered(case: Case, fmt: str, *, utc_times: bool = False, view: str = "All") -> bytes:
    return render_endpoint_view(endpoint_for(case, fmt, utc_times=utc_times), view).body


def test_dst_json_local_times_are_wall_clock_of_instant(case):
    session = orjson.loads(rendered(case, "json"))["sessions"][0]

    assert (session["startsAt"], session["endsAt"]) == (case.wall_starts, case.wall_ends)


def test_dst_json_utc_times_are_exact_instant(case):
    session = orjson.loads(rendered(case, "json", utc_times=True))["sessions"][0]

    assert (session["startsAt"], session["endsAt"]) == (
        f"{case.starts:%Y-%m-%dT%H:%M:%S}Z",
        f"{case.ends:%Y-%m-%dT%H:%M:%S}Z",
    )
    assert dt.datetime.fromisoformat(session["startsAt"]) == case.starts
    assert dt.datetime.fromisoformat(session["endsAt"]) == case.ends


def test_dst_grid_slot_is_wall_clock_of_instant(case):
    day = orjson.loads(rendered(case, "json", view="GridSmart"))[0]

    assert day["timeSlots"][0]["slotStart"] == case.wall_starts[11:]


def xml_times(body: bytes) -> tuple[str, str]:
    session = etree.fromstring(body).find("sessions/session")
    return session.findtext("startsAt"), session.findtext("endsAt")


def test_dst_xml_local_times_are_wall_clock_of_instant(case):
    assert xml_times(rendered(case, "xml")) == (case.wall_starts, case.wall_ends)


def test_dst_xml_utc_times_are_exact_instant(case):
    starts, ends = xml_times(rendered(case, "xml", utc_times=True))

    assert (dt.datetime.fromisoformat(starts), dt.datetime.fromisoformat(ends)) == (
        case.starts,
        case.ends,
    )


@pytest.mark.parametrize("utc_times", [False, True], ids=["local", "utc"])
@pytest.mark.parametrize("view", ["All", "Sessions"])
def test_dst_ical_read_by_icalendar_is_exact_instant(case, utc_times, view):
    body = rendered(case, "ical", utc_times=utc_times, view=view)

    (event,) = icalendar.Calendar.from_ical(body).walk("VEVENT")

    assert event.decoded("DTSTART").astimezone(dt.UTC) == case.starts
    assert event.decoded("DTEND").astimezone(dt.UTC) == case.ends


@pytest.mark.parametrize("utc_times", [False, True], ids=["local", "utc"])
def test_dst_ical_read_by_vobject_is_exact_instant(case, utc_times):
    body = rendered(case, "ical", utc_times=utc_times)

    (event,) = vobject.readOne(body.decode("utf-8")).vevent_list

    assert event.dtstart.value.astimezone(dt.UTC) == case.starts
    assert event.dtend.value.astimezone(dt.UTC) == case.ends


# frab writes the event's zone with offsets, also for an endpoint with UTC times.
@pytest.mark.parametrize("utc_times", [False, True], ids=["local", "utc"])
def test_dst_frab_json_dates_carry_offset_of_instant(case, utc_times):
    frab = orjson.loads(render_frab(endpoint_for(case, "json", utc_times=utc_times), "json"))
    (day,) = frab["schedule"]["conference"]["days"]
    (event,) = day["rooms"]["Main hall"]

    assert (event["date"], event["end"], event["duration"]) == (
        case.frab_starts,
        case.frab_ends,
        case.frab_duration,
    )
    assert (day["day_start"], day["day_end"]) == (case.frab_starts, case.frab_ends)
    assert dt.datetime.fromisoformat(event["date"]) == case.starts
    assert dt.datetime.fromisoformat(event["end"]) == case.ends


@pytest.mark.parametrize("utc_times", [False, True], ids=["local", "utc"])
def test_dst_frab_xml_dates_carry_offset_of_instant(case, utc_times):
    root = etree.fromstring(render_frab(endpoint_for(case, "json", utc_times=utc_times), "xml"))
    day = root.find("day")
    event = day.find("room/event")

    assert (event.findtext("date"), event.findtext("start"), event.findtext("duration")) == (
        case.frab_starts,
        case.frab_starts[11:16],
        case.frab_duration,
    )
    assert (day.get("start"), day.get("end")) == (case.frab_starts, case.frab_ends)
    assert dt.datetime.fromisoformat(event.findtext("date")) == case.starts
    assert dt.datetime.fromisoformat(day.get("end")) == case.ends
