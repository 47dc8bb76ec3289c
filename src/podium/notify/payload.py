"""The JSON bodies of webhook messages (docs/webhooks.md#the-message)."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from podium.notify.describe import describe
from podium.notify.models import Publication, Webhook
from podium.publish.listing import frab_urls, view_urls


def iso(moment) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def changes_url(endpoint_id: str) -> str:
    return settings.PUBLIC_URL.rstrip("/") + reverse(
        "endpoint-changes", kwargs={"endpoint_id": endpoint_id}
    )


def publication_data(publication: Publication) -> dict:
    """A publication as the change feed and webhooks show it."""
    return {
        "number": publication.number,
        "time": iso(publication.published_at),
        "hash": publication.all_hash,
        "text": describe(publication.summary),
        "summary": publication.summary,
    }


def publication_payload(publication: Publication) -> dict:
    endpoint = publication.endpoint
    base = settings.PUBLIC_URL
    urls = dict(view_urls(endpoint, base) + frab_urls(endpoint, base))
    return {
        "type": "publication.created",
        "timestamp": iso(publication.published_at),
        "data": {
            "endpoint": endpoint.id,
            "event": endpoint.event.slug,
            **publication_data(publication),
            "views": urls,
            "changes": changes_url(endpoint.id) + f"?since={publication.number - 1}",
        },
    }


def test_payload(webhook: Webhook) -> dict:
    return {
        "type": "webhook.test",
        "timestamp": iso(timezone.now()),
        "data": {"event": webhook.event.slug, "url": webhook.url},
    }
