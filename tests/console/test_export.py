"""The console's download of an event's archive."""

from django.urls import reverse

from podium.importers.archive import dumps, export_event
from tests.factories import EndpointFactory, SessionFactory


def export_url(slug: str) -> str:
    return reverse("console:event-export", args=[slug])


def test_event_export_downloads_the_archive(console, event):
    SessionFactory(event=event, status="Declined")
    EndpointFactory(event=event, id="confapp001")
    response = console.get(export_url("conf"))
    assert response.status_code == 200
    assert response.content == dumps(export_event(event))
    assert (
        response["Content-Type"],
        response["Content-Disposition"],
        response["Cache-Control"],
    ) == (
        "application/json; charset=utf-8",
        'attachment; filename="conf.podium.json"',
        "no-store, private",
    )


def test_event_export_other_team_event_404(console, event, other_event):
    assert console.get(export_url("secret")).status_code == 404
    assert console.post(export_url("secret")).status_code == 404


def test_event_export_post_not_allowed(console, event):
    assert console.post(export_url("conf")).status_code == 405


def test_event_export_anonymous_redirected_to_login(client, event):
    response = client.get(export_url("conf"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("console:login"))


def test_event_export_offered_on_settings_and_overview(console, event):
    link = f'href="{export_url("conf")}" download'
    for name in ("console:event-settings", "console:event"):
        assert link in console.get(reverse(name, args=["conf"])).content.decode()
