"""Clearing the public API's response cache by hand.

Cache keys and ETags embed ``Endpoint.version``; giving endpoints a fresh version in
the database makes every server process miss its old entries at once, whatever cache
backend they share. The stale entries expire by themselves after the cache TTL.
"""

from podium.program.changes import announce
from podium.program.models.event import new_data_version
from podium.publish.models import Endpoint


def clear_endpoint(endpoint: Endpoint) -> None:
    """Make the next request of every view of ``endpoint`` render afresh."""
    endpoint.version = new_data_version()
    Endpoint.objects.filter(pk=endpoint.pk).update(version=endpoint.version)
    announce(endpoint.event_id)


def clear_all() -> int:
    """Clear the cached responses of every endpoint; returns how many endpoints."""
    count = Endpoint.objects.update(version=new_data_version())
    for event_id in Endpoint.objects.values_list("event_id", flat=True).distinct():
        announce(event_id)
    return count
