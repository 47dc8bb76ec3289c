"""A lock shared by every podium process that starts against one database.

Several processes (or machines) may start at once against a new database. Without
the lock each would see it as new: they would apply the same migrations at the same
time (and fail), and each would load the demo event. With it they take turns, and
only the first sees a new database.
"""

import fcntl
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import connection

# Any fixed number works; it only has to be the same in every podium process.
ADVISORY_LOCK_ID = zlib.crc32(b"podium.server.startup")


@contextmanager
def startup_lock() -> Iterator[None]:
    """Hold the lock for the duration of the block."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_LOCK_ID])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_ID])
    elif connection.vendor == "sqlite":
        # SQLite databases live in the data directory, beside this lock file.
        settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        with open(settings.DATA_DIR / "startup.lock", "w") as lock_file:
            fcntl.flock(lock_file, fcntl.LOCK_EX)
            yield
    else:
        yield
