"""Add a mirror: its first run reads the source at once, and a source that fails is not
added, so a mistyped URL shows its error where it was typed."""

from django.utils import timezone

from podium.importers.errors import SessionizeError
from podium.importers.mirror.fetching import main_url
from podium.importers.mirror.models import Mirror, MirrorPolicy
from podium.importers.mirror.run import RunOutcome, attempt, record
from podium.importers.mirror.schedule import schedule
from podium.importers.writer import check_options


def add_mirror(
    slug: str,
    url: str,
    *,
    kind: str,
    every: int,
    policy: str = MirrorPolicy.SOURCE_WINS,
    allow_private: bool = False,
    name: str | None = None,
    time_zone: str | None = None,
) -> tuple[Mirror, RunOutcome]:
    """Mirror ``url`` into the event ``slug`` (created when missing) and run it once.

    Raises :class:`SessionizeError` when the event is mirrored already or the first run
    fails; nothing is written then.
    """
    if Mirror.objects.filter(event__slug=slug).exists():
        raise SessionizeError(f"event {slug!r} is mirrored already; remove its mirror first")
    check_options(slug, name, time_zone)
    mirror = Mirror(kind=kind, url=url, every=every, policy=policy, allow_private=allow_private)
    main_url(kind, url)  # a malformed URL fails before any request
    started = timezone.now()
    outcome = attempt(mirror, force=True, slug=slug, name=name, time_zone=time_zone)
    record(mirror, outcome, started)
    schedule(mirror.pk)
    return mirror, outcome
