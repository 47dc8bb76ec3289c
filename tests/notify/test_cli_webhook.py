"""``podium webhook add|list|test|rotate|remove``."""

import io

import pytest
from django.core.management import CommandError, call_command
from standardwebhooks import Webhook as Verifier

from podium.notify.models import Webhook
from tests.factories import EndpointFactory, EventFactory

pytestmark = pytest.mark.django_db


def run(*args: str) -> list[str]:
    out = io.StringIO()
    call_command("webhook", *args, stdout=out)
    return out.getvalue().splitlines()


@pytest.fixture
def event():
    return EventFactory(slug="cliconf")


def test_cli_webhook_add_prints_the_secret_on_the_last_line(event, receiver):
    lines = run("add", "cliconf", receiver.url)

    webhook = Webhook.objects.get()
    assert lines[0] == f"Added webhook {webhook.pk} of event 'cliconf' (every endpoint)."
    assert lines[-1].startswith("whsec_")
    run("test", str(webhook.pk))
    Verifier(lines[-1]).verify(receiver.received[0].body, receiver.received[0].headers)


def test_cli_webhook_add_for_one_endpoint(event, receiver):
    EndpointFactory(event=event, id="cliendpt1")

    run("add", "cliconf", receiver.url, "--endpoint", "cliendpt1")

    assert Webhook.objects.get().endpoint_id == "cliendpt1"


def test_cli_webhook_add_bad_url_says_why(event):
    with pytest.raises(CommandError) as caught:
        run("add", "cliconf", "ftp://example.org/hook")

    assert str(caught.value) == "'ftp://example.org/hook': use an http:// or https:// URL"


def test_cli_webhook_add_unknown_event(db):
    with pytest.raises(CommandError) as caught:
        run("add", "nope", "https://example.org/hook")

    assert str(caught.value) == "no event with slug 'nope'"


def test_cli_webhook_list_test_and_remove(event, receiver):
    run("add", "cliconf", receiver.url)
    webhook = Webhook.objects.get()

    listed = run("list")
    tested = run("test", str(webhook.pk))
    removed = run("remove", str(webhook.pk))

    assert listed == [f"{webhook.pk}  enabled  event=cliconf  all endpoints  {receiver.url}"]
    assert tested[0].startswith("Test message msg_") and " HTTP 200 in " in tested[0]
    assert removed == [f"Removed webhook {webhook.pk} ({receiver.url})."]
    assert Webhook.objects.count() == 0


def test_cli_webhook_test_of_a_failing_receiver_fails(event, receiver):
    receiver.statuses = [404]
    run("add", "cliconf", receiver.url)

    with pytest.raises(CommandError) as caught:
        run("test", str(Webhook.objects.get().pk))

    assert str(caught.value).endswith("failed: the receiver answered HTTP 404")


def test_cli_webhook_rotate_prints_a_new_secret(event, receiver):
    first = run("add", "cliconf", receiver.url)[-1]

    second = run("rotate", str(Webhook.objects.get().pk))[-1]

    assert second.startswith("whsec_") and second != first


def test_cli_webhook_unknown_id(db):
    with pytest.raises(CommandError) as caught:
        run("remove", "999")

    assert str(caught.value) == "no webhook with id 999"
