"""Registering webhooks, for the ``podium webhook`` command and the console alike."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings

from podium.importers.addresses import refusal
from podium.notify.models import Webhook
from podium.notify.sender import url_problem
from podium.notify.signing import secret_of
from podium.program.models import Event

MOST_URL_CHARACTERS = 2000


class WebhookError(ValueError):
    """A webhook that cannot be registered, and why."""


def check_url(url: str) -> str:
    """``url`` when it can receive webhooks; :class:`WebhookError` saying why not."""
    url = url.strip()
    if len(url) > MOST_URL_CHARACTERS:
        raise WebhookError(f"the URL is longer than {MOST_URL_CHARACTERS} characters")
    problem = url_problem(url)
    if problem:
        raise WebhookError(f"{url!r}: {problem}")
    # A host name is checked when each message is sent (it may resolve differently
    # then); an address given literally can be refused at once.
    host = urlsplit(url).hostname or ""
    try:
        reason = refusal(ipaddress.ip_address(host))
    except ValueError:
        reason = None
    if reason and not settings.WEBHOOKS_ALLOW_PRIVATE:
        raise WebhookError(
            f"{url!r}: {host} is {reason}; podium sends webhooks to public addresses only "
            "(unless PODIUM_WEBHOOKS_ALLOW_PRIVATE=true)"
        )
    return url


def add_webhook(event: Event, url: str, endpoint=None) -> tuple[Webhook, str]:
    """The new webhook and its signing secret (shown once: it is never stored)."""
    if endpoint is not None and endpoint.event_id != event.pk:
        raise WebhookError(f"endpoint {endpoint.id!r} does not publish event {event.slug!r}")
    webhook = Webhook.objects.create(event=event, url=check_url(url), endpoint=endpoint)
    return webhook, secret_of(webhook)


def enable(webhook: Webhook) -> None:
    webhook.enabled, webhook.disabled_note = True, ""
    webhook.save(update_fields=["enabled", "disabled_note"])
