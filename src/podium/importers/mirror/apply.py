"""Write what a mirror fetched into its event: one transaction, through the importer.

The program is parsed and checked like ``podium import``'s, planned against the
event's rows with the event locked, and written with the importer's plan; the mirror's
validators and object digests are saved in the same transaction, so a failure leaves
both the event and the mirror's memory of it as they were.
"""

from django.db import transaction

from podium.importers.errors import SessionizeError
from podium.importers.frab.ids import IdBook
from podium.importers.frab.mapping import schedule_program
from podium.importers.frab.write import default_name, default_zone
from podium.importers.limits import check_limits
from podium.importers.links import check_links
from podium.importers.mirror.fetching import Download, endpoint_base, main_url
from podium.importers.mirror.fingerprints import fingerprints
from podium.importers.mirror.keep import KeepingWriter, drop_deleted
from podium.importers.mirror.models import MirrorPolicy
from podium.importers.plan import WritePlan
from podium.importers.pretalx import PretalxSource, pretalx_schedule
from podium.importers.sessionize import parse_all
from podium.importers.speakers_view import apply_speakers_view, parse_speakers_view
from podium.importers.store import plan_program
from podium.importers.writer import ImportResult, PlannedImport, new_event, update_event
from podium.program.models import Event


def reader(mirror, download: Download):
    """A function of the (locked) event that gives the checked program to write."""
    where = main_url(mirror.kind, mirror.url)
    if mirror.kind == "pretalx":
        schedule = located(where, lambda: pretalx_schedule(PretalxSource(download.body)))
    else:
        program = located(where, lambda: parse_all(download.body))
        speakers = endpoint_base(mirror.url) + "view/Speakers"
        view = located(speakers, lambda: parse_speakers_view(download.speakers))
        located(speakers, lambda: apply_speakers_view(program, view))

    def read(event):
        if mirror.kind == "pretalx":
            return schedule_program(schedule, IdBook.of(event)), schedule
        return program, None

    return read


def located(where: str, read):
    try:
        return read()
    except SessionizeError as error:
        # The importer's messages name the command's option; a mirror names the URL.
        raise SessionizeError(f"{where}: {str(error).removeprefix('--speakers: ')}") from None


def apply_download(
    mirror, download: Download, *, slug: str, name=None, time_zone=None
) -> ImportResult:
    """Bring the event ``slug`` (created when missing) in line with ``download``."""
    read = reader(mirror, download)
    with transaction.atomic():
        event = Event.objects.select_for_update().filter(slug=slug).first()
        program, schedule = read(event)
        check_limits(program)
        check_links(program)
        now = fingerprints(event.pk) if event is not None else {}
        before = mirror.written or {}
        edited, deleted = set(), set()
        if before and mirror.policy == MirrorPolicy.KEEP_EDITS:
            edited = {key for key, value in now.items() if before.get(key) != value}
            deleted = set(before) - set(now)
            drop_deleted(program, deleted)
        if event is None:
            if schedule is not None:
                name = name or default_name(schedule, slug)
                time_zone = time_zone or default_zone(schedule)
            event, fields = new_event(program, slug, name, time_zone), []
        else:
            fields = update_event(event, name, time_zone)
        created = event._state.adding
        writer = KeepingWriter(event, WritePlan(), edited)
        planned = PlannedImport(
            event,
            fields,
            plan_program(event, program, writer=writer),
            planned_version=None if created else event.data_version,
            result=ImportResult(event=event, created=created, counts=program.counts()),
        )
        result = planned.write()
        written = fingerprints(event.pk)
        for key in edited | deleted:
            # Still podium's: compared with what the mirror wrote, it stays edited.
            if key in before:
                written[key] = before[key]
            else:
                written.pop(key, None)
        mirror.event = event
        mirror.written = written
        mirror.etag, mirror.source_hash = download.etag, download.source_hash
        mirror.body_hash = download.body_hash
        mirror.save()
    return result
