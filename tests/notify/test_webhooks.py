"""Signed webhook deliveries: signature, retries, giving up, refusals, rotation."""

from datetime import timedelta

import orjson
import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from standardwebhooks import Webhook as Verifier

from podium.notify.deliveries import send_again, send_test
from podium.notify.history import record_publications
from podium.notify.models import Delivery, Webhook
from podium.notify.sender import post
from podium.notify.signing import rotate
from podium.notify.webhooks import WebhookError, add_webhook, enable
from tests.conftest import run_due_tasks
from tests.factories import EndpointFactory, EventFactory, SessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def endpoint():
    event = EventFactory(slug="hookconf")
    SessionFactory(event=event, title="Opening")
    return EndpointFactory(event=event, id="hookjson1")


def publish(endpoint) -> None:
    """What follows a committed change, queued or run at once per the backend."""
    record_publications.enqueue(endpoint.event_id)


def verified(secret: str, received) -> dict:
    return Verifier(secret).verify(received.body, received.headers)


def test_webhooks_publication_is_posted_signed(endpoint, receiver):
    webhook, secret = add_webhook(endpoint.event, receiver.url)

    publish(endpoint)

    [message] = receiver.received
    payload = verified(secret, message)
    assert (payload["type"], payload["data"]["endpoint"], payload["data"]["number"]) == (
        "publication.created",
        "hookjson1",
        1,
    )
    assert payload["data"]["changes"] == "http://127.0.0.1:8000/api/v2/hookjson1/changes?since=0"
    assert payload["data"]["views"]["All"] == "http://127.0.0.1:8000/api/v2/hookjson1/view/All"
    assert message.headers["webhook-id"] == Delivery.objects.get(webhook=webhook).message_id


def test_webhooks_endpoint_filter_sends_only_that_endpoints_publications(endpoint, receiver):
    other = EndpointFactory(event=endpoint.event, id="hookother")
    add_webhook(endpoint.event, receiver.url, endpoint=other)

    publish(endpoint)

    assert [orjson.loads(m.body)["data"]["endpoint"] for m in receiver.received] == ["hookother"]


def make_due() -> None:
    """Let the clock reach every queued retry."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def test_webhooks_receiver_failing_twice_gets_one_success(
    endpoint, receiver, database_tasks, settings
):
    settings.WEBHOOK_RETRY_SECONDS = [60, 60, 60]
    receiver.statuses = [500, 503, 200]
    webhook, secret = add_webhook(endpoint.event, receiver.url)
    publish(endpoint)

    run_due_tasks()
    waiting = (len(receiver.received), Delivery.objects.get().next_attempt_at is not None)
    for _ in range(3):
        make_due()
        run_due_tasks()

    delivery = Delivery.objects.get()
    assert waiting == (1, True)
    assert (delivery.state, delivery.attempts, delivery.last_status) == ("succeeded", 3, 200)
    assert len({m.headers["webhook-id"] for m in receiver.received}) == 1
    assert [verified(secret, m)["data"]["number"] for m in receiver.received] == [1, 1, 1]
    assert len(receiver.received) == 3


def test_webhooks_failing_every_attempt_disables_the_webhook(endpoint, receiver, settings):
    settings.WEBHOOK_RETRY_SECONDS = [0, 0]
    receiver.statuses = [500]
    webhook, _ = add_webhook(endpoint.event, receiver.url)

    publish(endpoint)

    webhook.refresh_from_db()
    delivery = Delivery.objects.get()
    assert (delivery.state, delivery.attempts, len(receiver.received)) == ("failed", 3, 3)
    assert webhook.enabled is False
    assert webhook.disabled_note.endswith(
        f"delivery {delivery.message_id} failed 3 times (the receiver answered HTTP 500). "
        "Enable it again once the receiver works."
    )


def test_webhooks_send_again_delivers_a_failed_message_once_more(endpoint, receiver, settings):
    settings.WEBHOOK_RETRY_SECONDS = []
    receiver.statuses = [500, 200]
    add_webhook(endpoint.event, receiver.url)
    publish(endpoint)
    delivery = Delivery.objects.get()
    enable(Webhook.objects.get())  # the failed delivery disabled it

    assert send_again(delivery) is True

    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, len(receiver.received)) == ("succeeded", 1, 2)


def test_webhooks_loopback_url_refused_unless_allowed(endpoint, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE = False

    with pytest.raises(WebhookError) as caught:
        add_webhook(endpoint.event, "http://127.0.0.1:9/hook")

    assert str(caught.value) == (
        "'http://127.0.0.1:9/hook': 127.0.0.1 is a loopback address; podium sends webhooks "
        "to public addresses only (unless PODIUM_WEBHOOKS_ALLOW_PRIVATE=true)"
    )


def test_webhooks_name_resolving_to_loopback_refused_when_sent():
    # Refused after resolving, before connecting: nothing is sent.
    outcome = post("http://localhost:9/hook", b"{}", {}, deadline=5, allow_private=False)

    assert (outcome.status, outcome.error.split(",")[0]) == (
        None,
        "refused: localhost resolves to 127.0.0.1",
    )


def test_webhooks_slow_receiver_hits_the_deadline(receiver):
    receiver.delay = 3

    outcome = post(receiver.url, b"{}", {}, deadline=1, allow_private=True)

    assert (outcome.status, outcome.error) == (None, "no answer within 1 seconds")
    assert outcome.duration_ms < 2500


def test_webhooks_rotated_secret_signs_with_both_for_a_while(endpoint, receiver):
    webhook, old = add_webhook(endpoint.event, receiver.url)
    new = rotate(webhook)

    send_test(webhook)

    [message] = receiver.received
    assert len(message.headers["webhook-signature"].split(" ")) == 2
    assert verified(new, message) == verified(old, message)
    assert new != old


def test_webhooks_rotation_window_over_signs_with_the_new_secret_only(endpoint, receiver):
    webhook, old = add_webhook(endpoint.event, receiver.url)
    new = rotate(webhook)
    Webhook.objects.filter(pk=webhook.pk).update(rotated_at=timezone.now() - timedelta(days=2))
    webhook.refresh_from_db()

    send_test(webhook)

    [message] = receiver.received
    assert verified(new, message)["type"] == "webhook.test"
    with pytest.raises(Exception, match="No matching signature found"):
        verified(old, message)


def test_webhooks_secret_is_not_in_the_database(endpoint, receiver):
    webhook, secret = add_webhook(endpoint.event, receiver.url)

    stored = " ".join(
        str(value) for value in Webhook.objects.filter(pk=webhook.pk).values().get().values()
    )

    assert secret.removeprefix("whsec_") not in stored


def test_webhooks_retry_of_a_disabled_webhook_is_not_sent(
    endpoint, receiver, database_tasks, settings
):
    settings.WEBHOOK_RETRY_SECONDS = [60]
    receiver.statuses = [500]
    webhook, _ = add_webhook(endpoint.event, receiver.url)
    publish(endpoint)
    run_due_tasks()
    Webhook.objects.filter(pk=webhook.pk).update(enabled=False)

    make_due()
    run_due_tasks()

    delivery = Delivery.objects.get()
    assert (delivery.state, delivery.last_error, len(receiver.received)) == (
        "failed",
        "not sent: the webhook is disabled",
        1,
    )
