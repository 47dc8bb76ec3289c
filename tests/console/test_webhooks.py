"""The console's webhook pages, delivery log and endpoint history."""

import re

import pytest
from standardwebhooks import Webhook as Verifier

from podium.notify.models import Delivery, Publication, Webhook
from podium.publish.models import Endpoint
from tests.notify.receiver import Receiver

pytestmark = pytest.mark.django_db


@pytest.fixture
def receiver(settings):
    """A receiver on loopback, which podium refuses unless told otherwise."""
    settings.WEBHOOKS_ALLOW_PRIVATE = True
    running = Receiver()
    yield running
    running.close()


def secret_on(page: str) -> str:
    return re.search(r'<code class="secret">(whsec_[^<]+)</code>', page).group(1)


def test_console_webhook_added_shows_its_secret_once(console, event, receiver):
    added = console.post("/console/events/conf/webhooks/", {"url": receiver.url})
    again = console.get("/console/events/conf/webhooks/")

    webhook = Webhook.objects.get()
    secret = secret_on(added.content.decode())
    console.post(f"/console/events/conf/webhooks/{webhook.pk}/test/")
    Verifier(secret).verify(receiver.received[0].body, receiver.received[0].headers)
    assert "whsec_" not in again.content.decode()


def test_console_webhook_private_address_refused_with_the_reason(console, event, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE = False

    page = console.post("/console/events/conf/webhooks/", {"url": "http://10.0.0.8/hook"})

    assert "10.0.0.8 is a private address" in page.content.decode()
    assert Webhook.objects.count() == 0


def test_console_delivery_log_lists_attempts_and_sends_again(console, event, receiver):
    receiver.statuses = [500, 200]
    webhook = Webhook.objects.create(event=event, url=receiver.url)
    console.post(f"/console/events/conf/webhooks/{webhook.pk}/test/")
    delivery = Delivery.objects.get()

    log = console.get(f"/console/events/conf/webhooks/{webhook.pk}/").content.decode()
    console.post(f"/console/events/conf/webhooks/{webhook.pk}/deliveries/{delivery.pk}/again/")

    delivery.refresh_from_db()
    assert "HTTP 500" in log and "the receiver answered HTTP 500" in log
    assert (delivery.state, delivery.last_status, len(receiver.received)) == ("succeeded", 200, 2)


def test_console_disabled_webhook_shows_the_note_and_enables_again(console, event):
    webhook = Webhook.objects.create(
        event=event, url="https://example.org/hook", enabled=False, disabled_note="Disabled: 500"
    )

    page = console.get("/console/events/conf/webhooks/").content.decode()
    console.post(f"/console/events/conf/webhooks/{webhook.pk}/enabled/", {"enabled": "on"})

    webhook.refresh_from_db()
    assert "Disabled: 500" in page
    assert (webhook.enabled, webhook.disabled_note) == (True, "")


def test_console_webhook_rotate_shows_a_new_secret(console, event):
    webhook = Webhook.objects.create(event=event, url="https://example.org/hook")

    page = console.post(f"/console/events/conf/webhooks/{webhook.pk}/rotate/")

    webhook.refresh_from_db()
    assert secret_on(page.content.decode()).startswith("whsec_")
    assert webhook.previous_key_salt != ""


def test_console_webhooks_of_another_event_are_not_found(console, event, other_event):
    webhook = Webhook.objects.create(event=other_event, url="https://example.org/hook")

    answers = [
        console.get(f"/console/events/conf/webhooks/{webhook.pk}/").status_code,
        console.post(f"/console/events/conf/webhooks/{webhook.pk}/test/").status_code,
        console.get("/console/events/secret/webhooks/").status_code,
    ]

    assert answers == [404, 404, 404]


def test_console_endpoint_history_in_words(console, event):
    endpoint = Endpoint.objects.create(event=event, id="conshist1")
    nothing = {"added": [], "removed": [], "changed": []}
    moved = [{"id": "1", "fields": ["time"]}, {"id": "2", "fields": ["room"]}]
    summary = {
        "sessions": {**nothing, "changed": moved},
        "speakers": {**nothing, "added": ["s"]},
        "rooms": nothing,
        "other": [],
    }
    Publication.objects.create(endpoint=endpoint, number=14, all_hash="0" * 40, summary=summary)

    page = console.get("/console/events/conf/api/conshist1/history/").content.decode()

    assert ": 2 sessions changed (time, room), 1 speaker added</li>" in page
    assert "<li>v14, " in page
