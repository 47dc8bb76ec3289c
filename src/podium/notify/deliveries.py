"""Webhook deliveries: one per publication and webhook, retried with backoff, logged.

Each attempt is a task of the durable queue; a failed one queues the next attempt with
``run_after`` (after PODIUM_WEBHOOK_RETRY_SECONDS: about a day in all), so a restart
between attempts loses nothing. A delivery that fails every attempt disables its
webhook with a note for the console. Receivers may see a message twice (a worker that
dies after sending and before noting it): the ``webhook-id`` header tells repeats.
"""

import uuid
from datetime import timedelta

import orjson
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from podium.notify.models import Delivery, Publication, Webhook
from podium.notify.payload import publication_payload, test_payload
from podium.notify.sender import post
from podium.notify.signing import signed_headers


def new_message_id() -> str:
    return f"msg_{uuid.uuid4().hex}"


def queue_deliveries(publication: Publication) -> list[Delivery]:
    """A delivery to each enabled webhook that follows the publication's endpoint."""
    endpoint = publication.endpoint
    webhooks = Webhook.objects.filter(
        Q(endpoint__isnull=True) | Q(endpoint_id=endpoint.pk),
        event_id=endpoint.event_id,
        enabled=True,
    )
    body = orjson.dumps(publication_payload(publication)).decode()
    made = []
    for webhook in webhooks:
        delivery = Delivery.objects.create(
            webhook=webhook, publication=publication, message_id=new_message_id(), payload=body
        )
        deliver.enqueue(delivery.pk)
        made.append(delivery)
    return made


@task()
def deliver(delivery_id: int) -> str:
    """One attempt of a delivery; queues the next one when it fails."""
    delivery = Delivery.objects.select_related("webhook").filter(pk=delivery_id).first()
    if delivery is None or delivery.state != Delivery.PENDING:
        return "nothing to do"
    if not delivery.webhook.enabled:
        # Disabled while this delivery waited for a retry: it ends here.
        delivery.state, delivery.finished_at = Delivery.FAILED, timezone.now()
        delivery.last_error = "not sent: the webhook is disabled"
        delivery.save(update_fields=["state", "finished_at", "last_error"])
        return delivery.state
    return attempt(delivery, retry=True)


def attempt(delivery: Delivery, *, retry: bool) -> str:
    webhook = delivery.webhook
    body = delivery.payload.encode()
    now = timezone.now()
    outcome = post(
        webhook.url,
        body,
        signed_headers(webhook, delivery.message_id, body, now),
        deadline=settings.WEBHOOK_DEADLINE_SECONDS,
        allow_private=settings.WEBHOOKS_ALLOW_PRIVATE,
    )
    delays = settings.WEBHOOK_RETRY_SECONDS
    with transaction.atomic():
        delivery.attempts += 1
        delivery.last_status = outcome.status
        delivery.last_error = outcome.error
        delivery.last_duration_ms = outcome.duration_ms
        delivery.next_attempt_at = None
        if outcome.ok:
            delivery.state, delivery.finished_at = Delivery.SUCCEEDED, timezone.now()
        elif retry and delivery.attempts <= len(delays):
            delay = timedelta(seconds=delays[delivery.attempts - 1])
            delivery.next_attempt_at = timezone.now() + delay
        else:
            delivery.state, delivery.finished_at = Delivery.FAILED, timezone.now()
            if retry:
                disable(webhook, delivery)
        delivery.save()
        state = delivery.state
        if delivery.next_attempt_at is not None:
            # After saving: a backend that runs it at once must see this attempt counted.
            deliver.using(run_after=delivery.next_attempt_at).enqueue(delivery.pk)
    return state


def disable(webhook: Webhook, delivery: Delivery) -> None:
    when = timezone.localtime().strftime("%Y-%m-%d %H:%M %Z")
    webhook.enabled = False
    webhook.disabled_note = (
        f"Disabled on {when}: delivery {delivery.message_id} failed {delivery.attempts} "
        f"times ({delivery.last_error}). Enable it again once the receiver works."
    )
    webhook.save(update_fields=["enabled", "disabled_note"])


def send_again(delivery: Delivery) -> bool:
    """Queue a finished delivery once more, with its retries; False while it is pending."""
    with transaction.atomic():
        updated = Delivery.objects.filter(pk=delivery.pk).exclude(state=Delivery.PENDING)
        if not updated.update(state=Delivery.PENDING, attempts=0, finished_at=None):
            return False
        deliver.enqueue(delivery.pk)
    return True


def send_test(webhook: Webhook) -> Delivery:
    """Send a test message at once (one attempt, no retry) and log it."""
    delivery = Delivery.objects.create(
        webhook=webhook,
        message_id=new_message_id(),
        payload=orjson.dumps(test_payload(webhook)).decode(),
    )
    attempt(delivery, retry=False)
    return delivery
