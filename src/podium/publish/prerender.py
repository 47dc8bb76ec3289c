"""Publish on change: render every representation of an event's endpoints once.

After a committed change (``program_changed``) the bytes of each representation are
rendered, compressed (gzip and brotli) and stored under the ETag digest of the new
versions, in the rendered store every process of the machine reads
(podium/publish/rendered_store.py) and in a Redis cache, so readers only look up bytes
that already exist. A request arriving before this finished renders as it always did:
the names hold the versions, so an old body can never answer for new data.
"""

import logging

from django.conf import settings

from podium.program.snapshot import consistent_read
from podium.publish.frab.build import NoSchedule
from podium.publish.http import version_digest
from podium.publish.models import Endpoint
from podium.publish.publish_dir import PublishDir
from podium.publish.rendered_store import configured_store
from podium.publish.representations import representations
from podium.publish.response_bytes import Representation

logger = logging.getLogger("podium.publish")


def render_event(event_id: int) -> int:
    """Render and store what the event's enabled endpoints publish; returns how many
    representations were published (those already complete are kept; plain bytes a
    request rendered are compressed, not rendered again). With ``PODIUM_PUBLISH_DIR``
    the files there follow (podium/publish/publish_dir.py)."""
    rendered = 0
    directory = PublishDir.configured()
    shared = shared_cache()
    with consistent_read():
        endpoints = list(
            Endpoint.objects.filter(event_id=event_id, enabled=True).select_related("event")
        )
        files = {}
        for endpoint in endpoints:
            for path, variant, content_type, produce in representations(endpoint):
                digest = version_digest(endpoint, variant, content_type)
                representation = Representation(endpoint.id, variant, content_type, digest)
                if representation.published():
                    if directory is not None and (entries := representation.entries()):
                        files[path] = (content_type, entries)
                    continue
                try:
                    entries = representation.publish(produce, shared)
                except NoSchedule:
                    continue  # answered with a 404 by its view, never cached
                files[path] = (content_type, entries)
                rendered += 1
    if directory is not None:
        directory.publish(event_id, files)
    if (store := configured_store()) is not None:
        store.trim()
    return rendered


def publish_all() -> int:
    """Render every event (``podium serve`` with ``PODIUM_PUBLISH_DIR``, at start)."""
    from podium.program.models import Event

    return sum(render_event(event_id) for event_id in Event.objects.values_list("pk", flat=True))


def publish_changed(sender, event_id: int, **kwargs) -> None:
    """Receiver of ``program_changed``, after the commit.

    With ``PODIUM_PUBLISH_DIR`` the files are written at once, in the process that made
    the change, so nginx serves it within the second; otherwise the task queue renders
    into what every server process reads: the rendered store and a Redis cache (an
    in-process cache alone would keep the bytes in the task worker only). A failure is
    logged, never raised: the change is committed and readers render it themselves.
    """
    if not settings.PODIUM_PRERENDER:
        return
    try:
        if settings.PODIUM_PUBLISH_DIR:
            render_event(event_id)
        elif shared_cache() or configured_store() is not None:
            from podium.publish.tasks import publish_event

            publish_event.enqueue(event_id)
    except Exception:
        logger.exception("pre-rendering event %s failed; requests render it", event_id)


def shared_cache() -> bool:
    """Whether the response cache is one every server process reads (Redis)."""
    backend = settings.CACHES["default"]["BACKEND"]
    return settings.PODIUM_CACHE_TTL > 0 and backend.endswith(".ResilientRedisCache")
