"""An import's writes, worked out before the write transaction and applied in it.

On SQLite one writer at a time holds the database, so a console save waits for as long
as an import's write transaction lasts. Reading the event's rows, comparing them with
the file and building every row (the slow part of a large import) therefore happen
first, in a read snapshot that blocks nobody; the write transaction only checks that
nothing changed meanwhile and runs the prepared statements.

New rows get their primary keys while planning: from the sequences on PostgreSQL, and
on SQLite past the largest id plus a margin, checked again under the write lock.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction

from podium.importers.sync import Changes
from podium.program.snapshot import sqlite_read_transaction

# Rows other writers may add to a table while an import plans, before it must replan.
SQLITE_ID_MARGIN = 1000


@contextmanager
def planning_snapshot() -> Iterator[None]:
    """One consistent view of the database for planning, without taking the write lock."""
    if connection.in_atomic_block:
        yield  # the caller's transaction decides what its queries see
    elif connection.vendor == "sqlite":
        with sqlite_read_transaction():
            yield
    else:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            yield


class WritePlan:
    def __init__(self) -> None:
        self.changes = Changes()
        self.inserts: list[tuple[object, list[tuple]]] = []
        self.updates: list[tuple[object, list[str], list[tuple]]] = []
        self.first_ids: dict[object, int] = {}

    def new_ids(self, model, count: int) -> list[int]:
        """Primary keys for ``count`` new rows of ``model``."""
        table = model._meta.db_table
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                    [connection.ops.quote_name(table), model._meta.pk.column, count],
                )
                return [row[0] for row in cursor.fetchall()]
            first = largest_id(cursor, model) + SQLITE_ID_MARGIN + 1
        self.first_ids.setdefault(model, first)
        return list(range(first, first + count))

    def insert(self, model, rows: list) -> None:
        fields = model._meta.local_concrete_fields
        params = [
            tuple(field.get_db_prep_save(field.pre_save(row, True), connection) for field in fields)
            for row in rows
        ]
        self.inserts.append((model, params))

    def update(self, model, rows: list, names: list[str]) -> None:
        fields = [model._meta.get_field(name) for name in names]
        params = [
            (
                *(
                    field.get_db_prep_save(getattr(row, field.attname), connection)
                    for field in fields
                ),
                row.pk,
            )
            for row in rows
        ]
        self.updates.append((model, [field.column for field in fields], params))

    def ids_still_free(self) -> bool:
        """Whether no other writer took the ids planned for new rows (SQLite)."""
        with connection.cursor() as cursor:
            return all(largest_id(cursor, model) < first for model, first in self.first_ids.items())

    def apply(self) -> Changes:
        """Run the planned writes; inside the caller's write transaction."""
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            for model, params in self.inserts:
                fields = model._meta.local_concrete_fields
                columns = ", ".join(quote(field.column) for field in fields)
                values = ", ".join(["%s"] * len(fields))
                sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({values})"
                cursor.executemany(sql, params)
            for model, columns, params in self.updates:
                assignments = ", ".join(f"{quote(column)} = %s" for column in columns)
                sql = (
                    f"UPDATE {quote(model._meta.db_table)} SET {assignments} "
                    f"WHERE {quote(model._meta.pk.column)} = %s"
                )
                cursor.executemany(sql, params)
        return self.changes


def largest_id(cursor, model) -> int:
    """The largest id ``model``'s table holds or ever gave out (AUTOINCREMENT's memory)."""
    table = model._meta.db_table
    cursor.execute(
        f"SELECT MAX({connection.ops.quote_name(model._meta.pk.column)}) "
        f"FROM {connection.ops.quote_name(table)}"
    )
    largest = cursor.fetchone()[0] or 0
    cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
    row = cursor.fetchone()
    return max(largest, row[0] if row else 0)
