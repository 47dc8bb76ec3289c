"""What ``podium serve`` does before it serves: migrate, and fill a new database.

Several processes (or machines) may start at once against one database; a lock
makes them migrate one after the other, so only the first sees a new database and
loads the demo event.
"""

import fcntl
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

# Any fixed number works; it only has to be the same in every podium process.
ADVISORY_LOCK_ID = zlib.crc32(b"podium.server.startup")


def database_is_new() -> bool:
    """True while no migration has ever been applied to the database."""
    return not MigrationRecorder(connection).has_table()


@contextmanager
def startup_lock() -> Iterator[None]:
    """Hold a lock shared by every podium process that uses this database."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_LOCK_ID])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_ID])
    elif connection.vendor == "sqlite":
        # An SQLite database lives in the data directory, next to this lock file.
        settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        with open(settings.DATA_DIR / "startup.lock", "w") as lock_file:
            fcntl.flock(lock_file, fcntl.LOCK_EX)
            yield
    else:
        yield


def prepare_database(*, demo: bool) -> str | None:
    """Apply migrations; on a new database load the demo event when ``demo``.

    Returns the slug of the demo event when it was loaded, else None.
    """
    with startup_lock():
        new = database_is_new()
        call_command("migrate", interactive=False, verbosity=0)
        if not (new and demo):
            return None
        from podium.demo.loader import load_demo

        return load_demo().slug
