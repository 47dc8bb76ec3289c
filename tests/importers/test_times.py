import datetime as dt
import zoneinfo

import pytest

from podium.importers.sessionize import SessionizeError
from podium.importers.times import check_time_zone, parse_wire_time, to_utc

LONDON = zoneinfo.ZoneInfo("Europe/London")


def test_parse_wire_time_local_and_utc():
    assert parse_wire_time("2026-10-03T09:10:00", "x") == (dt.datetime(2026, 10, 3, 9, 10), False)
    assert parse_wire_time("2017-05-27T09:00:00Z", "x") == (dt.datetime(2017, 5, 27, 9, 0), True)


def test_parse_wire_time_fractional_seconds_are_an_error():
    with pytest.raises(SessionizeError) as caught:
        parse_wire_time("2026-10-03T09:10:00.5", "sessions[0].startsAt")
    assert str(caught.value) == (
        "sessions[0].startsAt: '2026-10-03T09:10:00.5' is not a time like 2026-10-03T09:10:00 "
        "(or ...09:10:00Z in UTC)"
    )


def test_to_utc_local_time_follows_daylight_saving():
    summer = to_utc(dt.datetime(2026, 10, 3, 9, 0), LONDON, is_utc=False)
    winter = to_utc(dt.datetime(2026, 12, 3, 9, 0), LONDON, is_utc=False)
    assert (summer, winter) == (
        dt.datetime(2026, 10, 3, 8, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC),
    )


def test_to_utc_ambiguous_time_is_its_first_occurrence():
    # 01:30 happens twice in London on 25 October 2026: first in BST (00:30 UTC).
    moment = to_utc(dt.datetime(2026, 10, 25, 1, 30), LONDON, is_utc=False)
    assert moment == dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)


def test_to_utc_z_time_ignores_the_zone():
    moment = to_utc(dt.datetime(2026, 10, 3, 9, 0), LONDON, is_utc=True)
    assert moment == dt.datetime(2026, 10, 3, 9, 0, tzinfo=dt.UTC)


def test_to_utc_none_stays_none():
    assert to_utc(None, LONDON, is_utc=False) is None


def test_check_time_zone_accepts_iana_names():
    assert check_time_zone("America/Argentina/Buenos_Aires").key == "America/Argentina/Buenos_Aires"


@pytest.mark.parametrize("name", ["europe/london", "CEST", "", "../etc/passwd"])
def test_check_time_zone_rejects_other_names(name):
    with pytest.raises(SessionizeError) as caught:
        check_time_zone(name)
    assert str(caught.value) == (
        f"--timezone: {name!r} is not an IANA time zone (e.g. Europe/London, UTC)"
    )
