"""The schedule editor in headless Chromium: drag, see a conflict, resize, move by keyboard."""

import datetime as dt

import pytest
from playwright.sync_api import Page, expect

from podium.console.models import TeamMembership
from podium.program.models import Session
from tests.console.conftest import PASSWORD, make_user
from tests.console.test_browser import page, snap  # noqa: F401 (the Chromium page fixture)
from tests.factories import (
    EventFactory,
    RoomFactory,
    SessionFactory,
    SessionSpeakerFactory,
    SpeakerFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PX = 2  # pixels per minute on the grid, as schedule.css and schedule.js draw it
FIRST = 9 * 60  # the grid of a day starts at 09:00


def set_up_event():
    user = make_user("ada")
    event = EventFactory(
        slug="conf",
        name="Grid Conf",
        time_zone="Europe/Berlin",
        starts_on=dt.date(2027, 5, 4),
        ends_on=dt.date(2027, 5, 4),
    )
    TeamMembership.objects.create(event=event, user=user)
    RoomFactory(event=event, name="Hall", sort=0)
    RoomFactory(event=event, name="Side", sort=1)
    ada = SpeakerFactory(event=event, first_name="Ada", last_name="Lovelace")
    for title in ("Keynote", "Workshop"):
        session = SessionFactory(event=event, title=title, room=None, starts_at=None, ends_at=None)
        SessionSpeakerFactory(session=session, speaker=ada)
    return event


def log_in(tab: Page) -> None:
    tab.set_viewport_size({"width": 1280, "height": 1400})  # the source and the lane in view
    tab.goto("/console/login/")
    tab.get_by_label("Username").fill("ada")
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Log in").click()
    expect(tab.get_by_role("heading", name="Your events")).to_be_visible()


def drag_in(tab: Page, title: str, room: str, minute: int) -> None:
    source = tab.locator(".unplaced .block", has=tab.get_by_text(title, exact=True))
    lane = tab.locator(f'.col:has(.roomhead:text-is("{room}")) .lane')
    box, into = source.bounding_box(), lane.bounding_box()
    tab.mouse.move(box["x"] + 10, box["y"] + 10)
    tab.mouse.down()
    tab.mouse.move(into["x"] + 20, into["y"] + (minute - FIRST) * PX + 1, steps=8)
    tab.mouse.up()


def block(tab: Page, title: str):
    return tab.locator(".lane .block", has=tab.get_by_text(title, exact=True))


def test_browser_schedule_drag_conflict_resize_keyboard(page, live_server):  # noqa: F811
    event = set_up_event()
    log_in(page)
    page.get_by_role("link", name="Grid Conf").click()
    page.get_by_role("navigation", name="Event").get_by_role("link", name="Schedule").click()
    expect(page.get_by_role("heading", name="Schedule", exact=True)).to_be_visible()
    status = page.locator("#schedule-status")

    drag_in(page, "Keynote", "Hall", 10 * 60)
    expect(status).to_have_text("Placed “Keynote” in Hall, Tue 4 May 10:00–10:30.")
    drag_in(page, "Workshop", "Side", 10 * 60 + 15)
    expect(status).to_have_text("Placed “Workshop” in Side, Tue 4 May 10:15–10:45.")

    conflicts = page.get_by_role("region", name="Conflicts")
    expect(conflicts).to_contain_text("1 conflict")
    expect(conflicts).to_contain_text("Speaker Ada Lovelace: “Keynote” (Hall) and “Workshop”")
    expect(block(page, "Workshop")).to_contain_text("Ada Lovelace is also in “Keynote”")
    expect(block(page, "Workshop")).to_have_class("block conflict")
    snap(page, "schedule-conflict-1280")

    # Resize the keynote by its lower edge: 30 pixels down is 15 minutes longer.
    grip = block(page, "Keynote").locator(".grip").bounding_box()
    page.mouse.move(grip["x"] + 10, grip["y"] + 3)
    page.mouse.down()
    page.mouse.move(grip["x"] + 10, grip["y"] + 18, steps=4)
    page.mouse.move(grip["x"] + 10, grip["y"] + 33, steps=4)
    page.mouse.up()
    expect(status).to_have_text("Placed “Keynote” in Hall, Tue 4 May 10:00–10:45.")

    # The keyboard: pick the workshop with Enter, then a time, and place it.
    block(page, "Workshop").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Room")).to_be_focused()
    expect(page.get_by_label("Room")).to_have_value(str(event.rooms.get(name="Side").pk))
    page.get_by_label("Start").fill("11:00")
    page.get_by_label("Length (minutes)").press("Enter")
    expect(status).to_have_text("Placed “Workshop” in Side, Tue 4 May 11:00–11:30.")
    expect(conflicts).to_contain_text("No conflicts")
    expect(block(page, "Workshop")).to_be_focused()

    workshop = Session.objects.get(title="Workshop")
    keynote = Session.objects.get(title="Keynote")
    assert (workshop.room.name, workshop.starts_at.isoformat(), keynote.ends_at.isoformat()) == (
        "Side",
        "2027-05-04T09:00:00+00:00",
        "2027-05-04T08:45:00+00:00",
    )

    snap(page, "schedule-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    snap(page, "schedule-390")
    assert page.csp_violations == []


def test_browser_schedule_stale_move_shows_current_state(page, live_server):  # noqa: F811
    set_up_event()
    log_in(page)
    page.goto("/console/events/conf/schedule/")
    drag_in(page, "Keynote", "Hall", 10 * 60)
    expect(page.locator("#schedule-status")).to_contain_text("Placed “Keynote”")
    # A second organizer moves it meanwhile; this page still shows the old state.
    keynote = Session.objects.get(title="Keynote")
    keynote.starts_at = keynote.starts_at + dt.timedelta(hours=3)
    keynote.ends_at = keynote.ends_at + dt.timedelta(hours=3)
    keynote.save()
    block(page, "Keynote").focus()
    page.keyboard.press("Enter")
    page.get_by_label("Start").fill("14:00")
    page.get_by_role("button", name="Place", exact=True).click()
    expect(page.locator("#schedule-status")).to_have_text(
        "“Keynote” was changed by someone else since this page showed it: the schedule now "
        "shows where it is. Try again from there."
    )
    expect(block(page, "Keynote")).to_contain_text("13:00–13:30")
    assert page.csp_violations == []


def test_browser_long_title_wraps_in_session_table(page, live_server):  # noqa: F811
    event = set_up_event()
    SessionFactory(event=event, title="Long" * 125)  # 500 characters (the most), no space
    log_in(page)
    page.goto("/console/events/conf/sessions/")
    expect(page.get_by_role("link", name="Long" * 125)).to_be_visible()
    wrap = page.locator(".tablewrap")
    [content, shown] = wrap.evaluate("(box) => [box.scrollWidth, box.clientWidth]")
    assert content == shown  # nothing to scroll sideways: the title wraps
