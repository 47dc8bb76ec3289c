import datetime as dt

from django.urls import reverse

from podium.importers.mirror.models import Mirror
from podium.program.models import Session
from tests.factories import SessionFactory

# Nothing listens there, and the console refuses loopback sources before connecting.
LOOPBACK = "http://127.0.0.1:9/api/v2/abcd1234/"


def mirror_of(event, **fields) -> Mirror:
    return Mirror.objects.create(event=event, kind="sessionize", url=LOOPBACK, every=300, **fields)


def test_mirror_page_without_mirror_shows_the_add_form(console, event):
    response = console.get(reverse("console:mirror", args=["conf"]))
    assert response.status_code == 200
    assert list(response.context["form"].fields) == ["url", "kind", "every", "policy"]


def test_mirror_page_shows_last_fetch_result_error_and_next_run(console, event):
    fetched = dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.UTC)
    mirror_of(
        event,
        last_fetch_at=fetched,
        last_result="failed",
        last_error="http://x/view/All: the server answered HTTP 500 Internal Server Error",
        failures=2,
        next_run_at=fetched + dt.timedelta(minutes=20),
    )
    page = console.get(reverse("console:mirror", args=["conf"])).content.decode()
    # Shown in the event's time zone, Europe/Berlin.
    assert "2026-05-01 10:00:00 CEST" in page
    assert "2026-05-01 10:20:00 CEST" in page
    assert "2 failed runs in a row; nothing changed." in page
    assert "the server answered HTTP 500 Internal Server Error" in page


def test_mirror_add_loopback_source_is_refused_and_nothing_added(console, event):
    response = console.post(
        reverse("console:mirror", args=["conf"]),
        {"url": LOOPBACK, "kind": "sessionize", "every": "5m", "policy": "source-wins"},
    )
    assert response.status_code == 400
    assert response.context["error"] == (
        f"{LOOPBACK}view/All?hashonly=true: refused: 127.0.0.1 is a loopback address; podium "
        "reads only from public addresses (unless --allow-private-addresses is given)"
    )
    assert Mirror.objects.count() == 0


def test_mirror_add_bad_interval_form_error(console, event):
    response = console.post(
        reverse("console:mirror", args=["conf"]),
        {"url": LOOPBACK, "kind": "sessionize", "every": "often", "policy": "source-wins"},
    )
    assert response.context["form"].errors["every"] == [
        "'often' is not an interval like 30s, 5m, 2h or 1d"
    ]


def test_mirror_run_now_failing_source_shows_error_and_changes_nothing(console, event):
    SessionFactory(event=event, title="Stays")
    mirror = mirror_of(event)
    response = console.post(reverse("console:mirror-run", args=["conf"]), follow=True)
    mirror.refresh_from_db()
    assert (mirror.failures, mirror.last_error.startswith(f"{LOOPBACK}view/All")) == (1, True)
    assert "The run failed, nothing changed:" in response.content.decode()
    assert list(Session.objects.values_list("title", flat=True)) == ["Stays"]


def test_mirror_remove_keeps_the_program(console, event):
    SessionFactory(event=event, title="Stays")
    mirror_of(event)
    console.post(reverse("console:mirror-remove", args=["conf"]))
    assert (Mirror.objects.count(), Session.objects.count()) == (0, 1)


def test_mirror_of_another_team_is_not_found(console, other_event):
    assert console.post(reverse("console:mirror-run", args=["secret"])).status_code == 404


def test_import_page_links_to_the_mirror_page(console, event):
    page = console.get(reverse("console:import", args=["conf"])).content.decode()
    assert reverse("console:mirror", args=["conf"]) in page
