"""Wire times: ``YYYY-MM-DDTHH:MM:SS`` in the event's local time, or with ``Z`` in UTC."""

import datetime as dt
import functools
import re
import zoneinfo

from podium.importers.errors import SessionizeError

WIRE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?")


def parse_wire_time(value: str, where: str) -> tuple[dt.datetime, bool]:
    """The naive wall-clock time and whether it was given in UTC (``Z``)."""
    if not WIRE_TIME.fullmatch(value):
        raise SessionizeError(
            f"{where}: {value!r} is not a time like 2026-10-03T09:10:00 (or ...09:10:00Z in UTC)"
        )
    try:
        moment = dt.datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        raise SessionizeError(f"{where}: {value!r} is not a valid date and time") from None
    return moment, value.endswith("Z")


def check_time_zone(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone called ``name``, or an error that says how to name one."""
    # The same test as Event.time_zone's validator, so both accept the same names.
    if name not in zone_names():
        raise SessionizeError(
            f"--timezone: {name!r} is not an IANA time zone (e.g. Europe/London, UTC)"
        )
    return zoneinfo.ZoneInfo(name)


def to_utc(moment: dt.datetime | None, zone: zoneinfo.ZoneInfo, *, is_utc: bool):
    """An aware UTC datetime from a naive wire time (local to ``zone`` unless ``is_utc``)."""
    if moment is None:
        return None
    if is_utc:
        return moment.replace(tzinfo=dt.UTC)
    # fold=0: an ambiguous wall-clock time at a DST change means its first occurrence.
    return moment.replace(tzinfo=zone).astimezone(dt.UTC)


@functools.cache
def zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())  # scans the tz database: once is enough
