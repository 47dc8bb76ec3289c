"""Instants shown on one zone's wall clock: where formats turn a UTC instant into text."""

import datetime as dt
from zoneinfo import ZoneInfo


class WallClock:
    """Converts each instant once per build (a program repeats its start times)."""

    def __init__(self, zone: dt.tzinfo):
        self.zone = zone
        self._local: dict[dt.datetime, dt.datetime] = {}

    @classmethod
    def of_zone(cls, time_zone: str) -> "WallClock":
        return cls(ZoneInfo(time_zone))

    def local(self, instant: dt.datetime) -> dt.datetime:
        """The instant in the zone; ``fold`` tells the two readings of a repeated hour apart."""
        shown = self._local.get(instant)
        if shown is None:
            shown = self._local[instant] = instant.astimezone(self.zone)
        return shown

    def is_ambiguous(self, instant: dt.datetime) -> bool:
        """Whether the instant's wall-clock time occurs twice (the hour clocks go back)."""
        local = self.local(instant)
        return local.utcoffset() != local.replace(fold=1 - local.fold).utcoffset()
