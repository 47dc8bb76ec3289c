"""The one query of a fast-path answer: the versions an endpoint's bytes are named by.

It runs on every request, so a committed change is visible to the very next one. Each
server thread runs it on a database connection of its own, opened once (with Django's
connection parameters) and kept in autocommit: plain SQL on the driver's cursor, with
no transaction, no ORM compilation and none of Django's per-query bookkeeping, which
cost ten times the query itself on SQLite. That connection sees what is committed; a
caller inside a transaction (a test's, say) may hold rows nobody else sees yet, so
there, and for in-memory SQLite databases, the query goes through Django's own
connection instead. A connection that failed is dropped and opened anew next time.
"""

import contextlib
import os
import threading
from functools import cache

from django.db import connection

from podium.program.models import Event
from podium.publish.models import Endpoint

# Per thread: its OwnConnection. Its process id tells a child forked after the parent
# opened one that it must open its own.
local = threading.local()


@cache
def versions_sql(placeholder: str = "%s") -> str:
    """``SELECT enabled, version, data_version`` of one endpoint, from the models' names."""
    quote = connection.ops.quote_name
    endpoint, event = Endpoint._meta, Event._meta

    def column(meta, name: str) -> str:
        return f"{quote(meta.db_table)}.{quote(meta.get_field(name).column)}"

    return (
        f"SELECT {column(endpoint, 'enabled')}, {column(endpoint, 'version')}, "
        f"{column(event, 'data_version')} FROM {quote(endpoint.db_table)} "
        f"JOIN {quote(event.db_table)} ON {column(event, 'id')} = {column(endpoint, 'event')} "
        f"WHERE {column(endpoint, 'id')} = {placeholder}"
    )


def current_versions(endpoint_id: str) -> tuple[str, str] | None:
    """``(endpoint.version, event.data_version)`` of an enabled endpoint, or None."""
    if connection.in_atomic_block:
        row = through_django(endpoint_id)
    else:
        own = getattr(local, "own", None)
        if own is None or own.pid != os.getpid():
            own = local.own = OwnConnection.open()
        row = through_django(endpoint_id) if own.raw is None else own.versions(endpoint_id)
    if row is None or not row[0]:
        return None
    return row[1], row[2]


class OwnConnection:
    """A thread's driver connection in autocommit, with the cursor the query runs on."""

    def __init__(self, raw=None, cursor=None, sql: str = "", prepare: bool = False):
        self.pid = os.getpid()
        self.raw, self.cursor, self.sql, self.prepare = raw, cursor, sql, prepare

    @classmethod
    def open(cls) -> "OwnConnection":
        """Without ``raw`` where only Django's connection sees the data (SQLite in
        memory) or where podium knows no cheaper way (other databases)."""
        vendor = connection.vendor
        if vendor not in {"sqlite", "postgresql"}:
            return cls()
        if vendor == "sqlite" and connection.is_in_memory_db():
            return cls()
        raw = connection.get_new_connection(connection.get_connection_params())
        if vendor == "sqlite":
            raw.isolation_level = None  # autocommit: each SELECT sees the latest commit
            # The driver's own parameter style: Django's wrapper translates ``%s``.
            return cls(raw, raw.cursor(), versions_sql("?"))
        import psycopg

        raw.autocommit = True
        # Bound and prepared on the server (Django's cursors bind on the client): the
        # server plans the query once, and a request costs a quarter of the time.
        return cls(raw, psycopg.Cursor(raw), versions_sql(), prepare=True)

    def versions(self, endpoint_id: str):
        try:
            if self.prepare:
                self.cursor.execute(self.sql, (endpoint_id,), prepare=True)
            else:
                self.cursor.execute(self.sql, (endpoint_id,))
            return self.cursor.fetchone()
        except Exception:
            local.own = None
            with contextlib.suppress(Exception):  # it failed already; a new one follows
                self.raw.close()
            raise


def through_django(endpoint_id: str):
    # Django's cursor wrapper marks a failed connection for Django to replace.
    with connection.cursor() as cursor:
        cursor.execute(versions_sql(), [endpoint_id])
        return cursor.fetchone()
