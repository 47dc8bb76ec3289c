"""The one query of a fast-path answer: the versions an endpoint's bytes are named by.

Plain SQL on the open connection, in autocommit: no transaction, no ORM compilation.
It runs on every request, so a committed change is visible to the very next one.
Django's cursor wrapper is kept: it marks a failed connection for Django to replace.
"""

from functools import cache

from django.db import connection

from podium.program.models import Event
from podium.publish.models import Endpoint


@cache
def versions_sql(vendor: str) -> str:
    """``SELECT enabled, version, data_version`` of one endpoint, from the models' names."""
    quote = connection.ops.quote_name
    endpoint, event = Endpoint._meta, Event._meta

    def column(meta, name: str) -> str:
        return f"{quote(meta.db_table)}.{quote(meta.get_field(name).column)}"

    return (
        f"SELECT {column(endpoint, 'enabled')}, {column(endpoint, 'version')}, "
        f"{column(event, 'data_version')} FROM {quote(endpoint.db_table)} "
        f"JOIN {quote(event.db_table)} ON {column(event, 'id')} = {column(endpoint, 'event')} "
        f"WHERE {column(endpoint, 'id')} = %s"
    )


def current_versions(endpoint_id: str) -> tuple[str, str] | None:
    """``(endpoint.version, event.data_version)`` of an enabled endpoint, or None."""
    with connection.cursor() as cursor:
        cursor.execute(versions_sql(connection.vendor), [endpoint_id])
        row = cursor.fetchone()
    if row is None or not row[0]:
        return None
    return row[1], row[2]
