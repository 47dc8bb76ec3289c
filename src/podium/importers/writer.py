"""Import a Sessionize ``All`` response into an event, in one transaction.

Everything is parsed and validated first; only then does anything touch the database.
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
from podium.importers.program import ParsedProgram, Question
from podium.importers.sessionize import parse_all
from podium.importers.speakers_view import (
    apply_speakers_view,
    guessed_questions,
    parse_speakers_view,
)
from podium.importers.store import write_program
from podium.importers.sync import Changes
from podium.importers.times import check_time_zone
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
    with transaction.atomic():
        event = Event.objects.select_for_update().filter(slug=slug).first()
        created = event is None
        if created:
            event = new_event(program, slug, name, time_zone)
            event_changed = False
        else:
            event_changed = update_event(event, name, time_zone)
        changes = write_program(event, program)
        # A scheduled re-import of an unchanged file must not invalidate every ETag.
        if created or event_changed or changes.created or changes.updated or changes.deleted:
            event.touch()
    return ImportResult(
        event=event,
        created=created,
        counts=program.counts(),
        changes=changes,
        zone_guessed=created and time_zone is None and program.has_times and not program.utc_times,
        guessed_questions=guessed_questions(program) if speakers is None else [],
    )


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
    # Times in Z are UTC, so UTC is the natural zone then; local times need --timezone
    # to mean anything but UTC.
    return Event.objects.create(
        slug=slug,
        name=name or slug,
        time_zone=time_zone or "UTC",
        schedule_announced=program.has_times,
    )


def update_event(event: Event, name: str | None, time_zone: str | None) -> bool:
    """Apply a new name or time zone; whether anything changed."""
    fields = []
    if name is not None and name != event.name:
        event.name = name
        fields.append("name")
    if time_zone is not None and time_zone != event.time_zone:
        event.time_zone = time_zone
        event.__dict__.pop("tz", None)  # the cached ZoneInfo of the old zone
        fields.append("time_zone")
    if fields:
        event.save(update_fields=[*fields, "updated_at"])
    return bool(fields)
