"""The queries of load_program, turned into SQL by the ORM once per process.

Building eleven querysets and compiling them to SQL took about a quarter of loading a
program of 1,000 sessions (docs/benchmarks.md), and the SQL only differs in the
event's key. So each query is compiled once per database backend and set of options,
with a stand-in for the event's key, and then run with the real key. The SQL and the
converters of its columns (aware datetimes, booleans) still come from the ORM, so the
rows are the ones ``values_list`` would return.
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

    def rows(self, event_key: int, *options) -> list:
        """The query's rows for the event (tuples or lists of Python values)."""
        sql, params, compiler, converters = self.compiled(options)
        with connection.cursor() as cursor:
            cursor.execute(sql, [event_key if p == EVENT_KEY else p for p in params])
            rows = cursor.fetchall()
        if converters:
            return list(compiler.apply_converters(rows, converters))
        return rows
