"""In headless Chromium: preview an import and cancel it, apply it, undo it."""

import pytest
from playwright.sync_api import Page, expect

from podium.console.models import TeamMembership
from podium.importers.archive import export_event
from podium.importers.writer import import_sessionize
from podium.program.models import Event
from podium.publish.models import Endpoint
from tests.console import test_browser
from tests.console.conftest import PASSWORD, make_user
from tests.importers.payloads import current, encode

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ARTIFACTS = test_browser.ARTIFACTS
page = test_browser.page  # the same Chromium page fixture


def changed_file() -> bytes:
    data = current()
    data["sessions"][0]["title"] = "Opening keynote, revised"
    del data["sessions"][2]  # "Lunch"
    new = dict(data["sessions"][1], id="1009", title="Late addition", speakers=[])
    data["sessions"].append(new)
    return encode(data)


def log_in(page: Page) -> None:
    page.goto("/console/login/")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Your events")).to_be_visible()


def choose_file(page: Page) -> None:
    page.get_by_role("navigation", name="Event").get_by_role("link", name="Import").click()
    page.locator("#id_file").set_input_files(
        {"name": "All.json", "mimeType": "application/json", "buffer": changed_file()}
    )
    page.get_by_role("button", name="Preview the import").click()
    expect(page.get_by_role("heading", name="Import preview")).to_be_visible()


def test_browser_import_preview_cancel_apply_undo(page):
    user = make_user("ada")
    import_sessionize(encode(current()), slug="bconf", name="Browser Conf")
    event = Event.objects.get(slug="bconf")
    TeamMembership.objects.create(event=event, user=user)
    Endpoint.objects.create(event=event, name="Website")
    before = export_event(event)

    log_in(page)
    page.get_by_role("link", name="Browser Conf").click()
    choose_file(page)
    sessions = page.locator("details.import-group", has_text="Session")
    expect(sessions.locator("summary")).to_have_text("Session: 1 added, 1 changed")
    expect(sessions).to_contain_text("Opening keynote, revised")
    expect(sessions).to_contain_text("Late addition")
    expect(page.locator("section.kept")).to_contain_text("Session: Lunch")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(ARTIFACTS / "import-preview-1280.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(ARTIFACTS / "import-preview-390.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("status")).to_contain_text("Import cancelled: nothing changed.")
    assert export_event(event) == before

    choose_file(page)
    page.get_by_role("button", name="Apply the import").click()
    expect(page.get_by_role("status")).to_contain_text("Updated event 'bconf'")
    after = export_event(event)
    titles = [session["title"] for session in after["sessions"]]
    assert titles == ["Opening keynote, revised", "Deep dive", "Lunch", "Late addition"]

    page.get_by_role("navigation", name="Event").get_by_role("link", name="Import").click()
    expect(page.locator("table.snapshots")).to_contain_text("Before import of All.json")
    page.screenshot(path=str(ARTIFACTS / "import-undo-1280.png"), full_page=True)
    page.get_by_role("button", name="Undo last import").click()
    expect(page.get_by_role("status")).to_contain_text(
        "Undone: the event is back to the state kept before import of All.json."
    )
    assert export_event(event) == before
    assert page.csp_violations == []
