"""Another team's event, and everything in it, answers 404 to every console URL."""

import pytest
from django.urls import resolve, reverse

from podium.console.models import TeamMembership
from podium.publish.models import Endpoint
from tests.console.conftest import make_user
from tests.factories import CategoryFactory, SessionFactory, SpeakerFactory


@pytest.fixture
def secret(other_event):
    """Objects of the other team's event, by kind."""
    return {
        "category": CategoryFactory(event=other_event).pk,
        "speaker": SpeakerFactory(event=other_event).pk,
        "session": SessionFactory(event=other_event).pk,
        "endpoint": Endpoint.objects.create(event=other_event, name="Private").id,
    }


def event_urls(slug: str) -> list[str]:
    names = [
        "event",
        "event-settings",
        "event-delete",
        "event-export",
        "team",
        "rooms",
        "questions",
        "categories",
        "category-create",
        "speakers",
        "speaker-create",
        "sessions",
        "session-create",
        "import",
        "endpoints",
        "endpoint-create",
        "event-announce",
    ]
    return [reverse(f"console:{name}", args=[slug]) for name in names]


def object_urls(slug: str, ids: dict) -> list[str]:
    """URLs of objects (by their ids) inside the event ``slug``."""
    endpoint = ids["endpoint"]
    urls = []
    for name, key in [
        ("category", "category"),
        ("category-delete", "category"),
        ("speaker", "speaker"),
        ("speaker-delete", "speaker"),
        ("session", "session"),
        ("session-delete", "session"),
    ]:
        urls.append(reverse(f"console:{name}", args=[slug, ids[key]]))
    for name in [
        "endpoint",
        "endpoint-enable",
        "endpoint-delete",
        "endpoint-rotate",
        "endpoint-clear-cache",
        "endpoint-code",
    ]:
        urls.append(reverse(f"console:{name}", args=[slug, endpoint]))
    urls.append(reverse("console:endpoint-preview", args=[slug, endpoint, "All"]))
    return urls


def test_other_team_event_every_url_get_404(console, event, secret):
    for url in event_urls("secret") + object_urls("secret", secret):
        assert (url, console.get(url).status_code) in [(url, 404), (url, 405)]


def test_other_team_event_every_url_post_404(console, event, other_event, secret):
    for url in event_urls("secret") + object_urls("secret", secret):
        assert (url, console.post(url, {"name": "x"}).status_code) == (url, 404)
    assert Endpoint.objects.filter(pk=secret["endpoint"], name="Private").exists()
    other_event.refresh_from_db()
    assert other_event.name == "Secret Summit"


def test_other_team_objects_through_own_event_404(console, event, secret):
    for url in object_urls("conf", secret):
        assert (url, console.post(url, {"name": "x"}).status_code) == (url, 404)
    assert Endpoint.objects.filter(pk=secret["endpoint"]).exists()


def test_event_list_shows_only_own_events(console, event, other_event):
    content = console.get(reverse("console:events")).content.decode()
    assert "Conf 2026" in content
    assert "Secret Summit" not in content


def test_superuser_sees_every_event(client, event, other_event):
    client.force_login(make_user("root", is_superuser=True, is_staff=True))
    content = client.get(reverse("console:events")).content.decode()
    assert "Conf 2026" in content
    assert "Secret Summit" in content


def test_console_pages_never_show_other_team_endpoint_id(console, event, secret):
    Endpoint.objects.create(event=event, name="Mine")
    for name in ["events", "endpoints", "event"]:
        url = reverse(f"console:{name}", args=[] if name == "events" else ["conf"])
        assert secret["endpoint"] not in console.get(url).content.decode()


def test_member_removed_loses_access(console, organizer, event):
    TeamMembership.objects.filter(user=organizer).delete()
    assert console.get(reverse("console:event", args=["conf"])).status_code == 404


def test_member_every_page_answers_200(console, event):
    own = {
        "category": CategoryFactory(event=event).pk,
        "speaker": SpeakerFactory(event=event).pk,
        "session": SessionFactory(event=event).pk,
        "endpoint": Endpoint.objects.create(event=event).id,
    }
    post_only = {"endpoint-enable", "endpoint-rotate", "endpoint-clear-cache", "event-announce"}
    for url in event_urls("conf") + object_urls("conf", own):
        name = resolve(url).url_name
        if name in post_only:
            continue
        assert (url, console.get(url).status_code) == (url, 200)
