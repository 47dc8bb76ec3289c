"""A console import in two steps: a preview of what it changes, then the same writes.

:func:`preview` reads and validates the input, runs the whole import inside a
transaction that is rolled back, and compares the event's archive before and after:
that comparison is the preview, object by object. :func:`apply` does it again for real,
after keeping a snapshot (see :mod:`podium.console.snapshots`), and refuses unless the
event is still at the previewed data version and the changes are exactly the previewed
ones, so nothing happens that the organizer did not see.
"""

from django.db import transaction

from podium.console.snapshot_models import ImportedIds, PendingImport
from podium.console.snapshots import archive_of, keep_before_change
from podium.importers.archive import export_event
from podium.importers.archive.diff import diff_archives, label, records
from podium.importers.errors import SessionizeError
from podium.importers.frab.ids import IdBook
from podium.importers.frab.mapping import schedule_program
from podium.importers.frab.parse import parse_schedule
from podium.importers.keep import keep_others
from podium.importers.limits import check_limits
from podium.importers.links import check_links
from podium.importers.pretalx import PretalxUrls
from podium.importers.program import ParsedProgram
from podium.importers.sessionize import parse_all
from podium.importers.source import read_source
from podium.importers.store import plan_program
from podium.importers.writer import ImportResult, PlannedImport, plan_import
from podium.program.models import Event

SOURCES = {
    "sessionize": "Sessionize “All” view",
    "frab": "frab / c3voc schedule",
    "pretalx": "pretalx event (its public schedule)",
}
# Read as a frab schedule: what pretalx publishes without an API token.
SCHEDULES = {"frab", "pretalx"}


class Outdated(SessionizeError):
    """The event changed between the preview and the confirmation."""


class Rollback(Exception):
    pass


def planned_import(source: str, parsed, event: Event) -> tuple[PlannedImport, ParsedProgram]:
    """The writes of the import into ``event`` (locked by the caller's transaction)."""
    if source in SCHEDULES:
        program = schedule_program(parsed, IdBook.of(event))
        check_limits(program)
        result = ImportResult(event=event, created=False, counts=program.counts())
        planned = PlannedImport(event, [], plan_program(event, program), event.data_version, result)
        return planned, program
    return plan_import(parsed, event.slug, None, None, lock=True), parsed


def read_url(source: str, url: str) -> bytes:
    """The input at ``url``; for pretalx, the event's URL, the schedule export under it."""
    if source == "pretalx":
        url = PretalxUrls.of(url).schedule
    return read_source(url)


def parse(source: str, raw: bytes):
    """The validated input: a Sessionize program or a frab schedule."""
    if source in SCHEDULES:
        return parse_schedule(raw)
    program = parse_all(raw)
    check_limits(program)
    check_links(program)
    return program


def file_ids(program: ParsedProgram) -> dict[str, list[str]]:
    """The public ids of everything in the file, per kind (what the import brings in)."""
    return {
        "rooms": [str(room.id) for room in program.rooms],
        "categories": [str(category.id) for category in program.categories],
        "items": [str(item.id) for category in program.categories for item in category.items],
        "questions": [str(question.id) for question in program.questions],
        "speakers": [str(speaker.id) for speaker in program.speakers],
        "sessions": [str(session.id) for session in program.sessions],
    }


def run(event: Event, source: str, parsed, remove_console_objects: bool, before: dict):
    """Inside a transaction: the import's writes; (changes, kept objects, result, program)."""
    planned, program = planned_import(source, parsed, event)
    kept = []
    if not remove_console_objects:
        imported = ImportedIds.objects.filter(event=event).values_list("ids", flat=True).first()
        kept = keep_others(planned.plan, event, imported or {})
    result = planned.write()
    after = export_event(event)
    kept_objects = [
        {"kind": kind, "id": key, "label": label(kind, records(after, kind)[key])}
        for kind, key in kept
    ]
    return diff_archives(before, after), kept_objects, result, program


def preview(event: Event, source: str, raw: bytes, remove_console_objects: bool):
    """(changes, kept objects the file lacks, data version) of importing ``raw``; no writes."""
    parsed = parse(source, raw)
    try:
        with transaction.atomic():
            locked = Event.objects.select_for_update().get(pk=event.pk)
            version = locked.data_version
            changes, kept, _, _ = run(
                locked, source, parsed, remove_console_objects, export_event(locked)
            )
            raise Rollback
    except Rollback:
        pass
    return changes, kept, version


def apply(pending: PendingImport, user) -> ImportResult:
    """Apply a previewed import exactly as shown, after keeping the event's state."""
    parsed = parse(pending.source, bytes(pending.raw))
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=pending.event_id)
        if event.data_version != pending.data_version:
            raise Outdated("the event changed since the preview")
        label = f"Before import of {pending.origin}"
        snapshot = keep_before_change(event, label, user, kind="import")
        remove = pending.remove_console_objects
        changes, _, result, program = run(
            event, pending.source, parsed, remove, archive_of(snapshot)
        )
        if changes != pending.changes["changes"]:
            raise Outdated("the import would now change other objects than the preview showed")
        ImportedIds.objects.update_or_create(event=event, defaults={"ids": file_ids(program)})
        PendingImport.objects.filter(pk=pending.pk).delete()
    return result
