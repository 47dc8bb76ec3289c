"""Every console URL of an event, read from the URL configuration, is 404 to another team.

The URLs are listed from ``podium.console.urls``, so a page added later is covered
without naming it here: each ``<slug>`` is the other team's event and each object key
is one of that event's objects (by the URL's name) or, failing that, any number.
"""

import pytest
from django.urls import URLPattern, URLResolver, reverse

from podium.console import urls as console_urls
from podium.console.models import TeamInvitation, TeamMembership
from podium.publish.models import Endpoint
from tests.factories import CategoryFactory, RoomFactory, SessionFactory, SpeakerFactory


def event_patterns(patterns=console_urls.urlpatterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from event_patterns(pattern.url_patterns)
        elif isinstance(pattern, URLPattern) and "slug" in pattern.pattern.converters:
            yield pattern


@pytest.fixture
def secret_urls(other_event) -> list[str]:
    keys = {
        "category": CategoryFactory(event=other_event).pk,
        "speaker": SpeakerFactory(event=other_event).pk,
        "session": SessionFactory(event=other_event).pk,
        "room": RoomFactory(event=other_event).pk,
        "team": TeamMembership.objects.get(event=other_event).pk,
        "team-withdraw": TeamInvitation.objects.create(event=other_event, username="x").pk,
    }
    endpoint = Endpoint.objects.create(event=other_event, name="Private").id
    urls = []
    for pattern in event_patterns():
        kwargs = {}
        for name, converter in pattern.pattern.converters.items():
            if name == "slug":
                kwargs[name] = other_event.slug
            elif name == "endpoint_id":
                kwargs[name] = endpoint
            elif name == "view":
                kwargs[name] = "All"
            elif converter.regex == "[0-9]+":
                prefix = next((k for k in keys if pattern.name.startswith(k)), None)
                kwargs[name] = keys[prefix] if prefix else 1
            else:
                kwargs[name] = "x"
        urls.append(reverse(f"console:{pattern.name}", kwargs=kwargs))
    return urls


def test_every_console_url_listed_from_configuration(secret_urls):
    names = {pattern.name for pattern in event_patterns()}
    assert {"sessions", "session-bulk", "speakers", "endpoint-preview"} <= names
    assert len(secret_urls) == len(names)


def test_every_console_url_other_team_get_404(console, event, secret_urls):
    for url in secret_urls:
        assert (url, console.get(url).status_code) in [(url, 404), (url, 405)]


def test_every_console_url_other_team_post_404(console, event, other_event, secret_urls):
    for url in secret_urls:
        response = console.post(url, {"name": "x", "action": "delete", "confirmed": "yes"})
        assert (url, response.status_code) == (url, 404)
    other_event.refresh_from_db()
    assert (other_event.name, other_event.sessions.count()) == ("Secret Summit", 1)
