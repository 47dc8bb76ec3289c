"""In headless Chromium: filter the session list, then accept two sessions at once."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from podium.console.models import TeamMembership
from podium.program.models import SessionStatus
from podium.publish.models import Endpoint
from tests.console.test_browser import PASSWORD, page, snap  # noqa: F401 (the page fixture)
from tests.factories import EventFactory, RoomFactory, SessionFactory, SpeakerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def an_event_with_sessions():
    event = EventFactory(slug="lists", name="Lists Conf", time_zone="Europe/Berlin")
    user = get_user_model().objects.create_user("ada", password=PASSWORD)
    TeamMembership.objects.create(event=event, user=user)
    hall, lab = RoomFactory(event=event, name="Hall"), RoomFactory(event=event, name="Lab")
    start = dt.datetime(2026, 10, 1, 7, 0, tzinfo=dt.UTC)
    for n in range(12):
        session = SessionFactory(
            event=event,
            title=f"Talk {n:02} with a title long enough to wrap on a phone screen",
            room=hall if n % 2 else lab,
            starts_at=start + dt.timedelta(days=n % 2, hours=n),
            status=SessionStatus.NOMINATED if n < 3 else SessionStatus.ACCEPTED,
            is_informed=n >= 3,
        )
        session.speakers.add(SpeakerFactory(event=event))
    Endpoint.objects.create(event=event, name="Website")
    return event


def log_in(page: Page) -> None:  # noqa: F811 (the page fixture)
    page.goto("/console/events/lists/sessions/")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Sessions")).to_be_visible()


def test_browser_filter_sessions_and_accept_two(page):  # noqa: F811 (the page fixture)
    event = an_event_with_sessions()
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page)
    snap(page, "lists-01-sessions-1280")
    page.get_by_label("Status").select_option(label="Nominated")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_text("3 found")).to_be_visible()
    rows = page.locator("table.sessions tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text("not published: not accepted; speakers not informed")
    snap(page, "lists-02-filtered-1280")
    page.get_by_label("Select “Talk 00").check()
    page.get_by_label("Select “Talk 02").check()
    page.get_by_label("With the ticked sessions").select_option(label="Accept")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_role("status")).to_contain_text("Accepted 2 sessions.")
    assert "status=Nominated" in page.url  # back on the filtered list
    expect(rows).to_have_count(1)
    statuses = event.sessions.order_by("title").values_list("status", flat=True)[:3]
    assert list(statuses) == ["Accepted", "Nominated", "Accepted"]
    page.get_by_role("link", name="Clear filters").click()
    page.get_by_label("Day").select_option(index=2)
    page.get_by_role("button", name="Filter").click()
    expect(rows).to_have_count(6)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/console/events/lists/sessions/")
    snap(page, "lists-03-sessions-390")
    page.goto("/console/events/lists/speakers/")
    snap(page, "lists-04-speakers-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.reload()
    snap(page, "lists-05-speakers-1280")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert page.csp_violations == []
