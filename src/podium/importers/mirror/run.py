"""One run of a mirror: fetch if changed, apply, and record how it went.

A run never raises for its source's sake: an unreachable source, an HTTP error, a
timeout or invalid data become the mirror's ``last_error``, the event stays as it was,
and the next run waits longer (see :mod:`podium.importers.mirror.timing`).
"""

from dataclasses import dataclass

from django.db import DatabaseError
from django.utils import timezone

from podium.importers.errors import SessionizeError
from podium.importers.mirror.apply import apply_download
from podium.importers.mirror.fetching import fetch_changed
from podium.importers.mirror.models import Mirror
from podium.importers.mirror.timing import next_run

UNCHANGED = "unchanged"


@dataclass
class RunOutcome:
    result: str  # "unchanged", or the import's summary
    error: str = ""

    @property
    def failed(self) -> bool:
        return bool(self.error)


def attempt(mirror: Mirror, *, force: bool = False, **new_event) -> RunOutcome:
    """Fetch and apply; raises :class:`SessionizeError` when the source fails."""
    download = fetch_changed(mirror, force=force)
    if download is None:
        return RunOutcome(UNCHANGED)
    if download.same:
        Mirror.objects.filter(pk=mirror.pk).update(
            etag=download.etag, source_hash=download.source_hash
        )
        return RunOutcome(UNCHANGED)
    slug = mirror.event.slug if mirror.event_id else new_event.pop("slug")
    try:
        result = apply_download(mirror, download, slug=slug, **new_event)
    except DatabaseError as error:
        raise SessionizeError(
            f"the database refused the changes, nothing changed: {error}"
        ) from None
    return RunOutcome(result.summary())


def run_mirror(mirror: Mirror, *, force: bool = False) -> RunOutcome:
    """Run ``mirror`` once now and record the outcome on it."""
    started = timezone.now()
    try:
        outcome = attempt(mirror, force=force)
    except SessionizeError as error:
        outcome = RunOutcome("failed", str(error))
    record(mirror, outcome, started)
    return outcome


def record(mirror: Mirror, outcome: RunOutcome, started) -> None:
    try:
        mirror.refresh_from_db(fields=["failures", "etag", "source_hash", "body_hash"])
    except Mirror.DoesNotExist:
        return  # removed while it ran
    mirror.failures = mirror.failures + 1 if outcome.failed else 0
    mirror.last_fetch_at = started
    mirror.last_result = outcome.result
    mirror.last_error = outcome.error
    if not outcome.failed and outcome.result != UNCHANGED:
        mirror.last_changed_at = started
    mirror.next_run_at = next_run(started, mirror.every, mirror.failures)
    fields = ["failures", "last_fetch_at", "last_result", "last_error", "next_run_at"]
    # An update, not a save: a mirror removed meanwhile stays removed.
    Mirror.objects.filter(pk=mirror.pk).update(
        last_changed_at=mirror.last_changed_at, **{name: getattr(mirror, name) for name in fields}
    )
