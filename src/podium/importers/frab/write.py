"""Import a frab schedule into an event, in one transaction, through the Sessionize write path.

A mirror or another caller gives bytes (``import_frab``) or a parsed schedule
(``import_schedule``) and an event slug, and gets an :class:`ImportResult`.
"""

from django.db import transaction

from podium.importers.frab.ids import IdBook
from podium.importers.frab.mapping import schedule_program
from podium.importers.frab.parse import parse_schedule
from podium.importers.frab.schedule import Schedule
from podium.importers.limits import check_limits
from podium.importers.store import plan_program
from podium.importers.times import zone_names
from podium.importers.writer import (
    ImportResult,
    PlannedImport,
    check_options,
    new_event,
    update_event,
)
from podium.program.models import Event


def import_frab(
    raw: bytes, *, slug: str, name: str | None = None, time_zone: str | None = None
) -> ImportResult:
    """Create or update the event ``slug`` from a frab schedule, JSON or XML."""
    return import_schedule(parse_schedule(raw), slug=slug, name=name, time_zone=time_zone)


def import_schedule(
    schedule: Schedule, *, slug: str, name: str | None = None, time_zone: str | None = None
) -> ImportResult:
    """Write a parsed schedule (e.g. one a mirror fetched and parsed earlier)."""
    check_options(slug, name, time_zone)
    # Planned inside the write lock: ids depend on the rows a concurrent import may change.
    with transaction.atomic():
        event = Event.objects.select_for_update().filter(slug=slug).first()
        program = schedule_program(schedule, IdBook.of(event))
        check_limits(program)
        if event is None:
            event = new_event(
                program,
                slug,
                name or default_name(schedule, slug),
                time_zone or default_zone(schedule),
            )
            fields = []
        else:
            fields = update_event(event, name, time_zone)
        created = event._state.adding
        planned = PlannedImport(
            event,
            fields,
            plan_program(event, program),
            planned_version=None if created else event.data_version,
            result=ImportResult(event=event, created=created, counts=program.counts()),
        )
        return planned.write()


def default_name(schedule: Schedule, slug: str) -> str:
    limit = Event._meta.get_field("name").max_length
    return schedule.title.strip()[:limit] or slug


def default_zone(schedule: Schedule) -> str:
    # Times carry their offsets, so a zone the file names wrongly changes only display.
    zone = schedule.time_zone_name
    return zone if zone in zone_names() else "UTC"
