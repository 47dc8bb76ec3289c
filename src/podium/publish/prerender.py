"""Publish on change: render every representation of an event's endpoints once.

After a committed change (``program_changed``) the bytes of each representation are
rendered, compressed (gzip and brotli) and stored in the response cache under the
ETag digest of the new versions, so readers only look up bytes that already exist.
A request arriving before this finished renders as it always did: the cache key names
the versions, so an old body can never answer for new data.
"""

import logging

from django.conf import settings
from django.core.cache import cache

from podium.program.snapshot import consistent_read
from podium.publish.frab.build import NoSchedule
from podium.publish.http import CACHE_PREFIX, ENCODINGS, published_entries, version_digest
from podium.publish.models import Endpoint
from podium.publish.publish_dir import PublishDir
from podium.publish.representations import representations

logger = logging.getLogger("podium.publish")


def render_event(event_id: int) -> int:
    """Render and cache what the event's enabled endpoints publish; returns how many
    representations were rendered (those already cached are kept). With
    ``PODIUM_PUBLISH_DIR`` the files there follow (podium/publish/publish_dir.py)."""
    rendered = 0
    directory = PublishDir.configured()
    with consistent_read():
        endpoints = list(
            Endpoint.objects.filter(event_id=event_id, enabled=True).select_related("event")
        )
        files = {}
        for endpoint in endpoints:
            for path, variant, content_type, produce in representations(endpoint):
                key = f"{CACHE_PREFIX}{version_digest(endpoint, variant, content_type)}:"
                entries = cache.get_many([key + name for name in ENCODINGS])
                if len(entries) == len(ENCODINGS) and directory is not None:
                    files[path] = (content_type, {k[len(key) :]: v for k, v in entries.items()})
                if entries:
                    continue
                try:
                    entries = published_entries(endpoint, variant, content_type, produce)
                except NoSchedule:
                    continue  # answered with a 404 by its view, never cached
                files[path] = (content_type, entries)
                rendered += 1
    if directory is not None:
        directory.publish(event_id, files)
    return rendered


def publish_all() -> int:
    """Render every event (``podium serve`` with ``PODIUM_PUBLISH_DIR``, at start)."""
    from podium.program.models import Event

    return sum(render_event(event_id) for event_id in Event.objects.values_list("pk", flat=True))


def publish_changed(sender, event_id: int, **kwargs) -> None:
    """Receiver of ``program_changed``, after the commit.

    With ``PODIUM_PUBLISH_DIR`` the files are written at once, in the process that made
    the change, so nginx serves it within the second; otherwise the task queue renders
    into the cache, when the cache is one every server process reads (Redis: an
    in-process cache would keep the bytes in the task worker only). A failure is logged,
    never raised: the change is committed and readers render it themselves.
    """
    if not settings.PODIUM_PRERENDER:
        return
    try:
        if settings.PODIUM_PUBLISH_DIR:
            render_event(event_id)
        elif shared_cache():
            from podium.publish.tasks import publish_event

            publish_event.enqueue(event_id)
    except Exception:
        logger.exception("pre-rendering event %s failed; requests render it", event_id)


def shared_cache() -> bool:
    backend = settings.CACHES["default"]["BACKEND"]
    return settings.PODIUM_CACHE_TTL > 0 and backend.endswith(".ResilientRedisCache")
