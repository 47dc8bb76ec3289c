"""Get Code, preview, clear cache and rotate: the endpoint pages that use the public API."""

import pytest
from django.urls import reverse

from podium.publish.models import Endpoint
from podium.publish.renderers import RENDERERS
from tests.factories import CategoryFactory, SessionFactory


@pytest.fixture
def endpoint(event):
    SessionFactory(event=event, title="Keynote")
    return Endpoint.objects.create(event=event, name="Website")


def test_get_code_lists_full_url_of_every_view(console, endpoint):
    response = console.get(reverse("console:endpoint-code", args=["conf", endpoint.id]))
    urls = [view["url"] for view in response.context["views"]]
    base = f"http://testserver/api/v2/{endpoint.id}/view/"
    assert urls == [
        base + name for name in ["All", "Sessions", "Speakers", "GridSmart", "SpeakerWall"]
    ]


def test_get_code_lists_frab_schedule_urls(console, endpoint):
    response = console.get(reverse("console:endpoint-code", args=["conf", endpoint.id]))
    base = f"http://testserver/api/v2/{endpoint.id}/frab/"
    assert response.context["schedules"] == [
        {"name": "frab.json", "url": base + "schedule.json"},
        {"name": "frab.xml", "url": base + "schedule.xml"},
    ]


def test_get_code_examples_curl_fetch_python(console, endpoint):
    response = console.get(reverse("console:endpoint-code", args=["conf", endpoint.id]))
    examples = dict(response.context["examples"])
    url = f"http://testserver/api/v2/{endpoint.id}/view/All"
    assert list(examples) == ["curl", "JavaScript", "Python"]
    assert examples["curl"] == f"curl --compressed '{url}'"
    assert f'fetch("{url}")' in examples["JavaScript"]
    assert f'urllib.request.urlopen("{url}")' in examples["Python"]


def test_get_code_url_serves_session(console, client, endpoint):
    response = console.get(reverse("console:endpoint-code", args=["conf", endpoint.id]))
    url = response.context["views"][0]["url"].removeprefix("http://testserver")
    console.logout()
    data = client.get(url).json()
    assert [session["title"] for session in data["sessions"]] == ["Keynote"]


def test_preview_renders_view(console, endpoint):
    response = console.get(reverse("console:endpoint-preview", args=["conf", endpoint.id, "All"]))
    assert response.status_code == 200
    assert '"title": "Keynote"' in response.context["text"]


def test_preview_alias_shows_canonical_view(console, endpoint):
    url = reverse("console:endpoint-preview", args=["conf", endpoint.id, "gridtable"])
    assert console.get(url).context["view"] == "GridSmart"


def test_preview_unknown_view_404(console, endpoint):
    url = reverse("console:endpoint-preview", args=["conf", endpoint.id, "Nope"])
    assert console.get(url).status_code == 404


def test_clear_cache_changes_version_and_says_what(console, endpoint):
    before = endpoint.version
    response = console.post(
        reverse("console:endpoint-clear-cache", args=["conf", endpoint.id]), follow=True
    )
    endpoint.refresh_from_db()
    assert endpoint.version != before
    [message] = [str(m) for m in response.context["messages"]]
    assert message.startswith(
        f"Cleared the server cache of endpoint {endpoint.id} "
        "(All, Sessions, Speakers, GridSmart, SpeakerWall)"
    )


def test_clear_cache_get_not_allowed(console, endpoint):
    url = reverse("console:endpoint-clear-cache", args=["conf", endpoint.id])
    assert console.get(url).status_code == 405


def test_rotate_new_id_same_options_old_id_gone(console, client, endpoint, event):
    track = CategoryFactory(event=event)
    endpoint.exposed_categories.set([track])
    endpoint.utc_times = True
    endpoint.save()
    old = endpoint.id
    response = console.post(reverse("console:endpoint-rotate", args=["conf", old]))
    [new] = Endpoint.objects.filter(event=event)
    assert new.id != old
    assert response["Location"] == reverse("console:endpoint-code", args=["conf", new.id])
    assert (new.name, new.utc_times, list(new.exposed_categories.all())) == (
        "Website",
        True,
        [track],
    )
    assert client.get(f"/api/v2/{old}/view/All").status_code == 404
    assert client.get(f"/api/v2/{new.id}/view/All").status_code == 200


def test_disabled_endpoint_url_answers_404(console, client, endpoint):
    console.post(reverse("console:endpoint-enable", args=["conf", endpoint.id]), {"enabled": "off"})
    assert client.get(f"/api/v2/{endpoint.id}/view/All").status_code == 404


def test_get_code_and_preview_follow_endpoint_format(console, event):
    SessionFactory(event=event, title="Keynote")
    ical = Endpoint.objects.create(event=event, format="ical")
    response = console.get(reverse("console:endpoint-code", args=["conf", ical.id]))
    answered = [view["name"] for view in response.context["views"]]
    assert answered == [
        v
        for v in ["All", "Sessions", "Speakers", "GridSmart", "SpeakerWall"]
        if v in RENDERERS["ical"].views
    ]
    assert "response.text()" in dict(response.context["examples"])["JavaScript"]
    preview = console.get(reverse("console:endpoint-preview", args=["conf", ical.id, answered[0]]))
    assert preview.context["text"].startswith("BEGIN:VCALENDAR")
