"""Restore an event from its archive, in one transaction: all of it or nothing.

The whole document is checked before the database is touched. An existing event is
replaced only when asked: it keeps its row and team, and everything it held (program
and endpoints) is deleted and recreated from the archive, records in archive order.
"""

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from podium.importers.archive.checks import check_archive
from podium.importers.archive.clear import clear_event
from podium.importers.archive.parse import Row, parse_document
from podium.importers.archive.rows import write_rows
from podium.importers.errors import SessionizeError
from podium.importers.writer import check_options, check_slug_free
from podium.program import models as m
from podium.program.dates import fill_event_dates
from podium.publish.models import Endpoint
from podium.publish.models.endpoint import new_endpoint_id

COUNTED = ("sessions", "speakers", "rooms", "categories", "questions", "endpoints")


@dataclass
class RestoreResult:
    event: m.Event
    replaced: bool
    counts: dict[str, int]

    def summary(self) -> str:
        verb = "Replaced" if self.replaced else "Created"
        counts = ", ".join(f"{number} {kind}" for kind, number in self.counts.items())
        return f"{verb} event {self.event.slug!r} from the archive: {counts}."


def restore_event(
    data: object, *, slug: str | None = None, replace: bool = False, new_endpoint_ids=False
) -> RestoreResult:
    """Make event ``slug`` (default: the archive's) what the archive ``data`` describes.

    An existing event is an error unless ``replace``. Endpoint ids are kept, so they
    must not belong to another event, unless ``new_endpoint_ids`` draws fresh ones.
    """
    fields, tables = parse_document(data)
    check_archive(fields, tables)
    slug = fields["slug"] if slug is None else slug
    check_options(slug, None, None)
    with transaction.atomic():
        event = m.Event.objects.select_for_update().filter(slug=slug).first()
        replaced = event is not None
        if replaced and not replace:
            raise SessionizeError(
                f"--event: event {slug!r} exists; add --replace to replace its program "
                "and endpoints with the archive's"
            )
        if replaced:
            clear_event(event)
        else:
            check_slug_free(slug)
            event = m.Event(slug=slug)
        for key in ("name", "time_zone", "schedule_announced"):
            setattr(event, key, fields[key])
        event.__dict__.pop("tz", None)  # the cached ZoneInfo of an old zone
        event.save()
        endpoints = tables["endpoints"]
        if new_endpoint_ids:
            for row in endpoints:
                row.fields["id"] = new_endpoint_id()
        else:
            check_endpoint_ids(endpoints)
        keep_endpoint_order(write_rows(event, tables))
        fill_event_dates(event)  # archives carry no event days: a new event gets its sessions'
        event.touch()
    counts = {name: len(tables[name]) for name in COUNTED}
    return RestoreResult(event=event, replaced=replaced, counts=counts)


def check_endpoint_ids(rows: list[Row]) -> None:
    """An endpoint id is unique in podium: it must not belong to another event."""
    taken = dict(
        Endpoint.objects.filter(pk__in=[row.fields["id"] for row in rows]).values_list(
            "id", "event__slug"
        )
    )
    for row in rows:
        other = taken.get(row.fields["id"])
        if other is not None:
            raise SessionizeError(
                f"{row.where}.id: {row.fields['id']!r} is the id of an endpoint of event "
                f"{other!r}; an endpoint id is unique in podium (add --new-endpoint-ids "
                "to give the archive's endpoints new ids)"
            )


def keep_endpoint_order(endpoints: list[Endpoint]) -> None:
    """Endpoints are listed by creation time: one created in bulk may share it."""
    start = timezone.now()
    for index, endpoint in enumerate(endpoints):
        endpoint.created_at = start + dt.timedelta(microseconds=index)
    Endpoint.objects.bulk_update(endpoints, ["created_at"])
