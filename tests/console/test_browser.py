"""End to end in headless Chromium: from an empty podium to a working JSON URL."""

import json
import re
import urllib.request
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import connections
from playwright.sync_api import Page, expect, sync_playwright

from podium.program.models import Event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "console"
PASSWORD = "browser-test-password-7"


@pytest.fixture
def page(live_server, monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # test makes between browser steps are still plain synchronous code.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=live_server.url)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
        page = context.new_page()
        # Chromium reports each thing the Content-Security-Policy blocked on the console.
        page.csp_violations = []
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text
                and page.csp_violations.append(message.text)
            ),
        )
        yield page
        browser.close()
        # The test's ORM calls ran beside Playwright's event loop, on a connection of
        # their own: close it, or PostgreSQL cannot drop the test database afterwards.
        connections.close_all()


def snap(page: Page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def set_up_first_account(page: Page) -> None:
    """An empty podium: the console's front door is the first-run setup page."""
    assert not get_user_model().objects.exists()
    page.goto("/")
    expect(page.get_by_role("heading", name="Create the first account")).to_be_visible()
    assert page.url.endswith("/console/setup/")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Email address").fill("ada@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    snap(page, "00-setup")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Your events")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Welcome, ada.")
    assert get_user_model().objects.get().is_superuser is True


def log_in_again(page: Page) -> None:
    """Once the account exists the setup page is gone and the log-in page is back."""
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    assert page.goto("/console/setup/").status == 404
    page.goto("/")
    snap(page, "01-login")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your events")).to_be_visible()
    snap(page, "02-events-empty")


def create_event(page: Page) -> None:
    page.get_by_role("link", name="New event").click()
    page.get_by_label("Name").fill("Browser Conf")
    expect(page.get_by_label("Slug")).to_have_value("browser-conf")
    page.get_by_label("Slug").fill("bconf")
    page.get_by_label("Time zone").fill("Europe/Berlin")
    snap(page, "03-event-create")
    page.get_by_role("button", name="Create event").click()
    expect(page.get_by_role("heading", name="Browser Conf")).to_be_visible()
    snap(page, "04-event-overview")


def add_room_and_category(page: Page) -> None:
    page.get_by_role("navigation", name="Event").get_by_role("link", name="Rooms").click()
    page.locator("#id_rooms-0-name").fill("Main Hall")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#id_rooms-0-name")).to_have_value("Main Hall")
    snap(page, "05-rooms")
    page.get_by_role("navigation", name="Event").get_by_role("link", name="Categories").click()
    page.get_by_role("link", name="New category").click()
    page.get_by_label("Title").fill("Track")
    page.locator("#id_items-0-name").fill("Web")
    snap(page, "06-category")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("cell", name="Web")).to_be_visible()
    snap(page, "07-categories")


def add_session(page: Page) -> None:
    page.get_by_role("navigation", name="Event").get_by_role("link", name="Sessions").click()
    page.get_by_role("link", name="New session").click()
    page.get_by_label("Title").fill("Browsers All The Way Down")
    page.get_by_label("Speakers informed").check()
    page.get_by_label("Room").select_option(label="Main Hall")
    page.get_by_label("Starts").fill("2026-10-01T09:00")
    page.get_by_label("Ends").fill("2026-10-01T09:45")
    page.get_by_role("group", name="Track").get_by_label("Web").check()
    snap(page, "08-session")
    page.get_by_role("button", name="Save session").click()
    expect(page.get_by_role("link", name="Browsers All The Way Down")).to_be_visible()
    snap(page, "09-sessions")


def announce(page: Page) -> None:
    page.get_by_role("link", name="Browser Conf").click()
    page.get_by_role("button", name="Announce the schedule").click()
    expect(page.get_by_text("The schedule is announced")).to_be_visible()
    snap(page, "10-announced")
    assert Event.objects.get(slug="bconf").schedule_announced is True


def create_endpoint(page: Page) -> None:
    page.get_by_role("navigation", name="Event").get_by_role("link", name="API / Embed").click()
    snap(page, "11-endpoints-empty")
    page.get_by_role("link", name="New endpoint").click()
    page.get_by_label("Name").fill("Website")
    expect(page.get_by_label("Track")).not_to_be_checked()
    page.get_by_label("Track").check()
    snap(page, "12-endpoint-form")
    page.get_by_role("button", name="Create endpoint").click()
    expect(page.get_by_role("heading", name="Get code")).to_be_visible()
    snap(page, "13-get-code")


def copied_all_url(page: Page) -> str:
    button = page.locator('button.copy[data-copy="url-All"]')
    button.click()
    expect(button).to_have_text("Copied")
    return page.evaluate("navigator.clipboard.readText()")


def test_browser_empty_podium_to_working_json_url(page, live_server):
    set_up_first_account(page)
    log_in_again(page)
    create_event(page)
    add_room_and_category(page)
    add_session(page)
    announce(page)
    create_endpoint(page)

    url = copied_all_url(page)
    assert url.startswith(live_server.url + "/api/v2/")
    assert url.endswith("/view/All")
    with urllib.request.urlopen(url) as response:
        data = json.load(response)
    [session] = data["sessions"]
    assert (session["title"], session["startsAt"], session["categoryItems"]) == (
        "Browsers All The Way Down",
        "2026-10-01T09:00:00",
        [1],
    )
    assert [room["name"] for room in data["rooms"] if room["id"] == session["roomId"]] == [
        "Main Hall"
    ]
    assert [category["title"] for category in data["categories"]] == ["Track"]

    page.get_by_role("link", name="Preview").first.click()
    expect(page.locator("pre.preview")).to_contain_text("Browsers All The Way Down")
    snap(page, "14-preview")
    page.get_by_role("link", name="Get code").click()
    page.get_by_role("button", name="Clear cache").click()
    expect(page.get_by_role("status")).to_contain_text("Cleared the server cache of endpoint")
    snap(page, "15-cache-cleared")

    for name, link in [
        ("16-speakers", "Speakers"),
        ("17-questions", "Questions"),
        ("18-import", "Import"),
        ("19-team", "Team"),
        ("20-settings", "Settings"),
        ("21-endpoints", "API / Embed"),
    ]:
        page.get_by_role("navigation", name="Event").get_by_role("link", name=link).click()
        snap(page, name)
    page.get_by_role("link", name="ada").click()
    snap(page, "22-password-change")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/console/events/bconf/sessions/")
    snap(page, "23-sessions-phone")
    assert page.csp_violations == []
