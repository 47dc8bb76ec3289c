"""Publication history: after each committed change, a new numbered publication per
endpoint whose published data changed.

``program_changed`` (podium/program/changes.py) queues ``record_publications`` for the
event; the task runs outside the request, in the durable queue (podium/server/tasks.py).
Each endpoint's row is locked while its publication is worked out, so two workers
never give two publications one number.
"""

import hashlib

from django.db import transaction
from django_tasks import task

from podium.notify.fingerprint import compare, is_empty, state_of
from podium.notify.models import Publication
from podium.program.changes import program_changed
from podium.publish.builders import collector_paused
from podium.publish.models import Endpoint
from podium.publish.records import publication_of
from podium.publish.renderers import RENDERERS


def follow_changes() -> None:
    program_changed.connect(
        queue_publications, dispatch_uid="podium-notify-publications", weak=False
    )


def queue_publications(sender, event_id: int, **kwargs) -> None:
    record_publications.enqueue(event_id)


@task()
def record_publications(event_id: int) -> list[int]:
    """Record a publication for each endpoint of the event that changed; their numbers."""
    numbers = []
    for endpoint_id in Endpoint.objects.filter(event_id=event_id).values_list("pk", flat=True):
        publication = record_publication(endpoint_id)
        if publication is not None:
            numbers.append(publication.number)
    return numbers


def record_publication(endpoint_id: str) -> Publication | None:
    """The endpoint's new publication, or None when it publishes what it did (or is off)."""
    from podium.notify.deliveries import queue_deliveries

    with transaction.atomic():
        endpoint = (
            Endpoint.objects.select_for_update().select_related("event").filter(pk=endpoint_id)
        ).first()
        if endpoint is None or not endpoint.enabled:
            return None
        last = Publication.objects.filter(endpoint=endpoint).order_by("-number").first()
        records = publication_of(endpoint)
        with collector_paused():
            all_hash = published_hash(endpoint, records)
        state = state_of(records)
        summary = compare(last.state if last else None, state)
        if last is not None and last.all_hash == all_hash and is_empty(summary):
            return None
        if is_empty(summary):
            # The bytes changed with no record: how they are shown (an option).
            summary["other"].append("presentation")
        if last is not None:
            # Only the latest publication's state is ever compared with.
            Publication.objects.filter(pk=last.pk).update(state=None)
        publication = Publication.objects.create(
            endpoint=endpoint,
            number=last.number + 1 if last else 1,
            all_hash=all_hash,
            summary=summary,
            state=state,
        )
        # In the same transaction: a recorded publication always has its deliveries queued.
        queue_deliveries(publication)
    return publication


def published_hash(endpoint: Endpoint, records) -> str:
    """The SHA-1 of the endpoint's ``All`` view, what ``All?hashonly=true`` answers.

    An embed endpoint has no ``All``: its hash covers the bytes of each of its views, so
    it still changes exactly when what the endpoint serves does.
    """
    renderer = RENDERERS[endpoint.format]
    views = ["All"] if "All" in renderer.views else sorted(renderer.views)
    digest = hashlib.sha1(usedforsecurity=False)
    for view in views:
        digest.update(renderer.render_for(endpoint, view, records))
    return digest.hexdigest()
