"""How often a mirror runs, and how long it waits after failures."""

import datetime as dt
import re

from podium.importers.errors import SessionizeError

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
SHORTEST = 60  # seconds: sources are asked at most once a minute
LONGEST = 7 * 86400
# After failures a mirror waits its interval times 2, 4, 8...: at most this long.
LONGEST_BACKOFF = 6 * 3600


def parse_every(text: str) -> int:
    """Seconds in an interval such as ``90s``, ``5m``, ``1h`` or ``1d``."""
    found = re.fullmatch(r"\s*(\d{1,7})\s*([smhd])\s*", text.lower())
    if found is None:
        raise SessionizeError(f"--every: {text!r} is not an interval like 30s, 5m, 2h or 1d")
    seconds = int(found[1]) * UNITS[found[2]]
    if not SHORTEST <= seconds <= LONGEST:
        raise SessionizeError(f"--every: {text!r} is not between 1m and 7d")
    return seconds


def format_every(seconds: int) -> str:
    for unit in ("d", "h", "m"):
        if seconds % UNITS[unit] == 0:
            return f"{seconds // UNITS[unit]}{unit}"
    return f"{seconds}s"


def next_run(now: dt.datetime, every: int, failures: int) -> dt.datetime:
    """When to run again: after the interval, or later after failures in a row."""
    if failures == 0:
        return now + dt.timedelta(seconds=every)
    wait = min(every * 2**failures, max(every, LONGEST_BACKOFF))
    return now + dt.timedelta(seconds=wait)
