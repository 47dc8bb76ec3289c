"""The one query of a cached public API read, compiled once per process.

A cached answer or a 304 costs this query and nothing else, so building the same
SQL with the ORM on every request would be most of its time (docs/benchmarks.md).
The SQL still comes from the ORM, so it follows the models and the database backend.
"""

from functools import cache

from django.db import connection

from podium.program.models import Event
from podium.publish.models import Endpoint

ENDPOINT_FIELDS = tuple(field.attname for field in Endpoint._meta.concrete_fields)
EVENT_FIELDS = tuple(field.attname for field in Event._meta.concrete_fields)


@cache
def compiled_lookup(vendor: str):
    """The SQL of ``SELECT endpoint.*, event.* ... WHERE endpoint.id = %s`` and the
    compiler that turns its raw row into Python values (aware datetimes, booleans)."""
    query = Endpoint.objects.select_related("event").filter(pk="").order_by().query
    compiler = query.get_compiler(connection=connection)
    sql, params = compiler.as_sql()
    assert params == ("",), "the lookup must have exactly one parameter: the id"
    converters = compiler.get_converters([column for column, _, _ in compiler.select])
    return sql, compiler, converters


def published_endpoint(endpoint_id: str) -> Endpoint | None:
    """The enabled endpoint ``endpoint_id`` with its event, or None."""
    sql, compiler, converters = compiled_lookup(connection.vendor)
    with connection.cursor() as cursor:
        cursor.execute(sql, [endpoint_id])
        row = cursor.fetchone()
    if row is None:
        return None
    if converters:
        row = next(iter(compiler.apply_converters([row], converters)))
    # select_related puts the endpoint's columns first, then the event's, each in
    # field order: the same layout Django's own related-object population reads.
    split = len(ENDPOINT_FIELDS)
    endpoint = Endpoint.from_db(connection.alias, ENDPOINT_FIELDS, row[:split])
    if not endpoint.enabled:
        return None
    endpoint.event = Event.from_db(connection.alias, EVENT_FIELDS, row[split:])
    return endpoint
