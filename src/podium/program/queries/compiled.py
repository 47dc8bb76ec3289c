"""The queries of load_program, turned into SQL by the ORM once per process.

Building eleven querysets and compiling them to SQL took about a quarter of loading a
program of 1,000 sessions (docs/benchmarks.md), and the SQL only differs in the
event's key. So each query is compiled once per database backend and set of options,
with a stand-in for the event's key, and then run with the real key. The SQL and the
converters of its columns (aware datetimes, booleans) still come from the ORM, so the
rows hold the values ``values_list`` would return.

The ORM's converters run once per distinct value of a column rather than once per row:
on SQLite each time comes back naive and is made aware, each flag is turned into a
boolean again, and a program's sessions share a few hundred start and end times (one
per slot) and two flag values. Converting each row was about a twentieth of a cold
render of 1,000 sessions (docs/benchmarks.md).
"""

from collections.abc import Callable

from django.db import connection
from django.db.models import QuerySet

# Stands for the event's key while a query is compiled; no event has a negative key.
EVENT_KEY = -2_000_000_011


class CompiledQuery:
    """One ``values_list`` query of an event, given as ``build(event_key, *options)``."""

    def __init__(self, build: Callable[..., QuerySet]):
        self.build = build
        self._compiled: dict[tuple, tuple] = {}

    def compiled(self, options: tuple) -> tuple:
        key = (connection.vendor, *options)
        found = self._compiled.get(key)
        if found is None:
            compiler = self.build(EVENT_KEY, *options).query.get_compiler(connection=connection)
            sql, params = compiler.as_sql()
            assert EVENT_KEY in params, "every query of a program is one event's"
            fields = [column for column, _, _ in compiler.select[: compiler.col_count]]
            converters = compiler.get_converters(fields)
            found = self._compiled[key] = (sql, params, compiler, converters)
        return found

    def rows(self, event_key: int, *options) -> list[tuple]:
        """The query's rows for the event, as tuples of Python values."""
        sql, params, _, converters = self.compiled(options)
        with connection.cursor() as cursor:
            cursor.execute(sql, [event_key if p == EVENT_KEY else p for p in params])
            rows = cursor.fetchall()
        if not converters or not rows:
            return rows
        columns = list(zip(*rows, strict=True))
        for position, (functions, expression) in converters.items():
            columns[position] = converted(columns[position], functions, expression)
        return list(zip(*columns, strict=True))


def converted(column: tuple, functions: list, expression) -> list:
    """The column's values through the ORM's converters, each distinct value once.

    The columns converted here are times and flags: what a converter returns for them
    is immutable, so rows with the same stored value can share it.
    """
    values = {}
    for stored in set(column):
        value = stored
        for function in functions:
            value = function(value, expression, connection)
        values[stored] = value
    return list(map(values.__getitem__, column))
