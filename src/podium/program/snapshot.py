"""Read a whole program from one snapshot of the database.

A public API read takes several queries (the endpoint with its event's data
version, then sessions, speakers, ...). In autocommit mode each query sees the data
committed when it runs, so an import committing between two of them would give a
body that mixes the old program and the new one, cached under the old version.
Inside ``consistent_read`` every query sees the same committed state.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction


@contextmanager
def consistent_read() -> Iterator[None]:
    """Run the enclosed read-only queries against one snapshot of the database."""
    if connection.in_atomic_block:
        # The caller's transaction decides what its queries see.
        yield
    elif connection.vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cursor:
                # Read-only snapshot transactions never wait for or fail with writers.
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
    elif connection.vendor == "sqlite":
        with sqlite_read_transaction():
            yield
    else:
        yield


@contextmanager
def sqlite_read_transaction() -> Iterator[None]:
    """A deferred transaction: under WAL its first read fixes what it sees.

    Not ``transaction.atomic()``: podium's SQLite settings make that BEGIN IMMEDIATE,
    which takes the write lock and would make readers queue behind each other.
    """
    with connection.cursor() as cursor:
        cursor.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("COMMIT")
