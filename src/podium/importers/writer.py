"""Import a Sessionize ``All`` response into an event, in one short transaction.

Everything is parsed and validated first, then the writes are planned against a read
snapshot (:mod:`podium.importers.plan`); only then is the database written, in one
transaction that other writers wait for only as long as the prepared statements run.
An existing event is updated in place: rows whose public ids are still in the file
keep their pks, rows missing from the file are deleted, new ones are created.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import transaction

from podium.importers.errors import SessionizeError
from podium.importers.limits import check_limits
from podium.importers.links import check_links
from podium.importers.plan import WritePlan, planning_snapshot
from podium.importers.program import ParsedProgram, Question
from podium.importers.sessionize import parse_all
from podium.importers.speakers_view import (
    apply_speakers_view,
    guessed_questions,
    parse_speakers_view,
)
from podium.importers.store import apply_plan, plan_program
from podium.importers.sync import Changes
from podium.importers.times import check_time_zone
from podium.program.dates import fill_event_dates
from podium.program.models import Event


@dataclass
class ImportResult:
    event: Event
    created: bool
    counts: dict[str, int]  # sessions, speakers, rooms, categories, questions in the file
    changes: Changes = field(default_factory=Changes)  # rows created/updated/deleted
    # Local times taken as UTC because no zone was given: worth telling the user.
    zone_guessed: bool = False
    # Questions taken as session questions only because nobody answered them (no
    # Speakers view was given to say).
    guessed_questions: list[Question] = field(default_factory=list)

    def summary(self) -> str:
        verb = "Created" if self.created else "Updated"
        counts = ", ".join(f"{number} {kind}" for kind, number in self.counts.items())
        rows = self.changes
        return (
            f"{verb} event {self.event.slug!r} (time zone {self.event.time_zone}): {counts}; "
            f"{rows.created} rows created, {rows.updated} updated, {rows.deleted} deleted."
        )


# Another writer may change the event (or take the planned ids) while an import plans;
# then it plans again, and after that many tries it plans inside the write transaction.
PLAN_ATTEMPTS = 3


def import_sessionize(
    raw: bytes,
    *,
    slug: str,
    name: str | None = None,
    time_zone: str | None = None,
    speakers: bytes | None = None,
) -> ImportResult:
    """Create or update the event ``slug`` from an ``All`` view response.

    ``speakers``, the same event's ``Speakers`` view, says which questions are for
    speakers and carries the answers' ``answerExtra``.
    """
    check_options(slug, name, time_zone)
    program = parse_all(raw)
    if speakers is not None:
        apply_speakers_view(program, parse_speakers_view(speakers))
    check_limits(program)
    check_links(program)
    guessed = guessed_questions(program) if speakers is None else []
    for _ in range(PLAN_ATTEMPTS):
        with planning_snapshot():
            target = plan_import(program, slug, name, time_zone, guessed=guessed)
        with transaction.atomic():
            if target.still_current():
                return target.write()
    with transaction.atomic():
        return plan_import(program, slug, name, time_zone, guessed=guessed, lock=True).write()


def plan_import(
    program: ParsedProgram,
    slug: str,
    name,
    time_zone,
    *,
    guessed: list[Question] | None = None,
    lock: bool = False,
) -> "PlannedImport":
    events = Event.objects.select_for_update() if lock else Event.objects
    event = events.filter(slug=slug).first()
    if event is None:
        event = new_event(program, slug, name, time_zone)
        fields = []
    else:
        fields = update_event(event, name, time_zone)
    plan = plan_program(event, program)
    zone_guessed = event._state.adding and time_zone is None and program.has_times
    return PlannedImport(
        event,
        fields,
        plan,
        planned_version=None if event._state.adding else event.data_version,
        result=ImportResult(
            event=event,
            created=event._state.adding,
            counts=program.counts(),
            zone_guessed=zone_guessed and not program.utc_times,
            guessed_questions=guessed or [],
        ),
    )


@dataclass
class PlannedImport:
    event: Event
    changed_fields: list[str]
    plan: WritePlan
    planned_version: str | None  # of the existing event, when planned
    result: ImportResult

    def still_current(self) -> bool:
        """Inside the write transaction: nothing the plan relies on changed since."""
        current = Event.objects.select_for_update().filter(slug=self.event.slug)
        version = current.values_list("data_version", flat=True).first()
        return version == self.planned_version and self.plan.ids_still_free()

    def write(self) -> ImportResult:
        event, created = self.event, self.result.created
        if created:
            event.save(force_insert=True)
        elif self.changed_fields:
            event.save(update_fields=[*self.changed_fields, "updated_at"])
        changes = apply_plan(self.plan)
        fill_event_dates(event)  # an event without dates gets its sessions' days
        # A scheduled re-import of an unchanged file must not invalidate every ETag.
        if created or self.changed_fields or changes.created or changes.updated or changes.deleted:
            event.touch()
        self.result.changes = changes
        return self.result


def check_options(slug: str, name: str | None, time_zone: str | None) -> None:
    slug_field = Event._meta.get_field("slug")
    try:
        validate_slug(slug)
    except ValidationError:
        raise SessionizeError(
            f"--event: {slug!r} is not a slug (letters, digits, hyphens and underscores)"
        ) from None
    if len(slug) > slug_field.max_length:
        raise SessionizeError(f"--event: longer than {slug_field.max_length} characters")
    if name is not None:
        limit = Event._meta.get_field("name").max_length
        if not name.strip():
            raise SessionizeError("--name: must not be empty")
        if len(name) > limit:
            raise SessionizeError(f"--name: longer than {limit} characters")
    if time_zone is not None:
        check_time_zone(time_zone)


def new_event(program: ParsedProgram, slug: str, name: str | None, time_zone: str | None):
    """The new event, not saved yet (its program is planned with it)."""
    check_slug_free(slug)
    # Times in Z are UTC, so UTC is the natural zone then; local times need --timezone
    # to mean anything but UTC.
    return Event(
        slug=slug,
        name=name or slug,
        time_zone=time_zone or "UTC",
        schedule_announced=program.has_times,
    )


def check_slug_free(slug: str) -> None:
    """Slugs ignore case: a new event's slug must not be another's in other letters."""
    twin = Event.objects.filter(slug__iexact=slug).values_list("slug", flat=True).first()
    if twin is not None:
        raise SessionizeError(
            f"--event: {slug!r} is taken by the event {twin!r} (slugs ignore case): "
            f"use --event {twin} to import into it"
        )


def update_event(event: Event, name: str | None, time_zone: str | None) -> list[str]:
    """Apply a new name or time zone to ``event`` (unsaved); the fields that changed."""
    fields = []
    if name is not None and name != event.name:
        event.name = name
        fields.append("name")
    if time_zone is not None and time_zone != event.time_zone:
        event.time_zone = time_zone
        event.__dict__.pop("tz", None)  # the cached ZoneInfo of the old zone
        fields.append("time_zone")
    return fields
