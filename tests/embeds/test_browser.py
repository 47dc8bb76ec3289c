"""The embeds in headless Chromium, on host pages of another origin: a script tag, a tag
inserted after load, two embeds on a page, the iframe page, the web component under
hostile CSS and Sessionize's lazy-loader markup; dialogs by keyboard; axe-core."""

import json
import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import connections
from django.test import Client
from playwright.sync_api import Page, expect, sync_playwright

from podium.demo.loader import load_demo
from podium.embeds.fragment import EMBED_VIEWS
from tests.console.test_browser import CHROMIUM, CHROMIUM_ARGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "embeds"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# The organizer's site: another loopback origin, answered by the browser context itself.
HOST = "http://127.0.0.2:9"
TALK = "Python Without the GIL, Measured"
# Pages the browser answers itself count as public, and Chromium keeps public pages from
# loopback addresses (podium's test server); a real organizer's site reaches a public podium.
LOOPBACK_ALLOWED = (
    "--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessSendPreflights,"
    "PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests"
)


@pytest.fixture
def browser_context(live_server, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    load_demo()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, LOOPBACK_ALLOWED]
        )
        # The viewer is elsewhere than the event, so the time zone switch shows.
        context = browser.new_context(timezone_id="America/New_York", bypass_csp=True)
        context.host_pages = {}
        context.route(
            f"{HOST}/**",
            lambda route: route.fulfill(
                content_type="text/html; charset=utf-8",
                body=context.host_pages.get(route.request.url.split("#")[0], "not found"),
            ),
        )
        context.errors = []
        yield context
        browser.close()
        connections.close_all()


def host_page(context, name: str, body: str, head: str = "") -> Page:
    url = f"{HOST}/{name}.html"
    context.host_pages[url] = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{name}</title>'
        f"{head}</head><body><h1>Our conference</h1>{body}</body></html>"
    )
    page = context.new_page()
    page.on("pageerror", lambda error: context.errors.append(str(error)))
    page.goto(url)
    return page


def script_tag(live_server, view: str) -> str:
    return f'<script src="{live_server.url}/api/v2/demoembed/view/{view}"></script>'


def open_and_close_by_keyboard(page: Page, scope, title: str) -> None:
    link = scope.get_by_role("link", name=title).first
    link.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name=title)
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Close")).to_be_focused()
    assert "#podium-" in page.url
    for _ in range(12):  # focus stays inside while the dialog is open
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUS_IN_DIALOG) is True
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(link).to_be_focused()


# The focused element, looked up through shadow roots, is inside an open dialog.
FOCUS_IN_DIALOG = """() => {
  let element = document.activeElement;
  while (element && element.shadowRoot && element.shadowRoot.activeElement) {
    element = element.shadowRoot.activeElement;
  }
  return Boolean(element && element.closest("dialog[open]"));
}"""


def test_embed_script_tag_renders_after_itself(browser_context, live_server):
    page = host_page(
        browser_context,
        "script",
        f'<p id="before">Before</p>{script_tag(live_server, "GridSmart")}<p id="after">After</p>',
    )
    expect(page.locator(".podium-host").get_by_role("link", name=TALK)).to_be_visible()
    order = page.evaluate("[...document.body.children].map(e => e.id || e.className || e.tagName)")
    assert order == ["H1", "before", "SCRIPT", "podium-host", "after"]
    tabs = page.locator(".podium-host").get_by_role("tab")
    expect(tabs).to_have_count(3)
    tabs.first.focus()
    page.keyboard.press("ArrowRight")
    expect(tabs.nth(1)).to_have_attribute("aria-selected", "true")
    days = page.locator(".podium-host .podium-day")
    expect(days.nth(1)).to_be_visible()
    expect(days.nth(0)).to_be_hidden()
    page.keyboard.press("ArrowLeft")
    open_and_close_by_keyboard(page, page.locator(".podium-host"), TALK)
    assert browser_context.errors == []


def test_embed_dialog_opens_from_the_address_fragment(browser_context, live_server):
    page = host_page(browser_context, "shared", script_tag(live_server, "Sessions"))
    page.get_by_role("link", name=TALK).click()
    shared = page.url
    assert shared.startswith(f"{HOST}/shared.html#podium-s-")
    again = browser_context.new_page()
    again.goto(shared)
    expect(again.get_by_role("dialog", name=TALK)).to_be_visible()


def test_embed_script_inserted_after_load(browser_context, live_server):
    src = f"{live_server.url}/api/v2/demoembed/view/Speakers"
    page = host_page(
        browser_context,
        "later",
        '<div id="app"></div><script>addEventListener("load", () => setTimeout(() => {'
        'const s = document.createElement("script"); s.src = ' + json.dumps(src) + ";"
        'document.getElementById("app").appendChild(s); }, 100));</script>',
    )
    expect(
        page.locator("#app .podium-host").get_by_role("link", name="Priya Raghunathan")
    ).to_be_visible()
    open_and_close_by_keyboard(page, page.locator("#app"), "Priya Raghunathan")


def test_two_embeds_on_one_page(browser_context, live_server):
    page = host_page(
        browser_context,
        "two",
        f'<section id="one">{script_tag(live_server, "GridSmart")}</section>'
        f'<section id="two">{script_tag(live_server, "SpeakerWall")}</section>',
    )
    expect(page.locator("#one").get_by_role("link", name=TALK)).to_be_visible()
    expect(page.locator("#two").get_by_role("link", name="Priya Raghunathan")).to_be_visible()
    open_and_close_by_keyboard(page, page.locator("#two"), "Priya Raghunathan")
    open_and_close_by_keyboard(page, page.locator("#one"), TALK)


def test_embed_iframe_page_resizes_its_frame(browser_context, live_server):
    page = host_page(
        browser_context,
        "frame",
        f'<iframe src="{live_server.url}/embed/demoembed/Sessions" title="Sessions" '
        f'style="width:100%;border:0;height:150px"></iframe>'
        f'<script src="{live_server.url}/embed/podium.js"></script>',
    )
    frame = page.frame_locator("iframe")
    expect(frame.get_by_role("link", name=TALK)).to_be_visible()
    page.wait_for_function("document.querySelector('iframe').offsetHeight > 2000")
    frame.get_by_label("Filter sessions").fill("GIL")
    expect(frame.locator(".podium-list > li:visible")).to_have_count(1)
    expect(frame.get_by_role("status")).to_have_text("1 / 42 sessions shown")


def test_web_component_ignores_hostile_css(browser_context, live_server):
    page = host_page(
        browser_context,
        "component",
        '<podium-schedule endpoint="demoembed" view="Sessions"></podium-schedule>'
        f'<script src="{live_server.url}/embed/podium.js"></script>',
        head="<style>* { font-size: 40px; color: red; } a { display: none; }</style>",
    )
    link = page.locator("podium-schedule").get_by_role("link", name=TALK)
    expect(link).to_be_visible()
    style = link.evaluate("a => [getComputedStyle(a).fontSize, getComputedStyle(a).color]")
    assert style == ["16px", "rgb(29, 95, 168)"]
    open_and_close_by_keyboard(page, page.locator("podium-schedule"), TALK)


def test_web_component_time_zone_switch(browser_context, live_server):
    page = host_page(
        browser_context,
        "zone",
        '<podium-schedule endpoint="demoembed" view="GridSmart"></podium-schedule>'
        f'<script src="{live_server.url}/embed/podium.js"></script>',
    )
    first = page.locator("podium-schedule .podium-session .podium-meta").first
    expect(first).to_have_text("08:00–09:00 · Foyer")
    page.get_by_role("button", name="Show times in my time zone").click()
    expect(first).to_have_text("02:00–03:00 · Foyer")
    expect(page.get_by_text("Times in America/New_York")).to_be_visible()


def test_sessionize_loader_markup_is_filled(browser_context, live_server):
    page = host_page(
        browser_context,
        "loader",
        f'<div class="sessionize-loader" data-sessionize-load-url="{live_server.url}/api/v2/'
        'demoembed/view/Speakers"><div class="sessionize-generic-loader">Please wait</div></div>'
        f'<script src="{live_server.url}/embed/podium.js"></script>',
    )
    expect(
        page.locator(".sessionize-loader").get_by_role("link", name="Priya Raghunathan")
    ).to_be_visible()


@pytest.mark.parametrize("view", EMBED_VIEWS)
def test_embed_screenshots_phone_and_desktop(browser_context, live_server, view):
    page = host_page(browser_context, f"shot-{view}", script_tag(live_server, view))
    expect(page.locator(".podium-host .podium-embed")).to_be_visible()
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"{view}-{width}.png"), full_page=True)
    if view == "GridSmart":  # the phone's single column says the room on each card
        page.set_viewport_size({"width": 390, "height": 900})
        expect(page.locator(".podium-host .podium-in-room").first).to_be_visible()


@pytest.fixture
def axe_source() -> str:
    if not AXE.exists():
        message = f"{AXE} is missing: run scripts/ensure-axe (make test does)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text()


@pytest.mark.parametrize("view", EMBED_VIEWS)
def test_embed_page_has_no_serious_accessibility_violation(
    browser_context, live_server, axe_source, view
):
    page = browser_context.new_page()
    page.goto(f"{live_server.url}/embed/demoembed/{view}")
    expect(page.locator(".podium-embed.podium-js")).to_be_visible()
    page.add_script_tag(content=axe_source)
    found = page.evaluate(
        "async () => (await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', "
        "'wcag21aa']})).violations.map(v => [v.id, v.impact, v.nodes.length])"
    )
    assert [v for v in found if v[1] in ("serious", "critical")] == []


def test_console_get_code_previews_embed_at_both_widths(browser_context, live_server):
    user = get_user_model().objects.create_superuser("ada", "ada@example.org", "pw-for-tests-7")
    client = Client()
    client.force_login(user)
    browser_context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    browser_context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = browser_context.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/console/events/demo/api/demoembed/code/?view=Sessions")
    for width in ("desktop", "phone"):
        frame = page.frame_locator(f".embed-preview.{width} iframe")
        expect(frame.get_by_role("link", name=TALK)).to_be_visible()
    button = page.locator('button.copy[data-copy="embed-component"]')
    button.click()
    expect(button).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == (
        f'<script src="{live_server.url}/embed/podium.js" async></script>\n'
        '<podium-schedule endpoint="demoembed" view="Sessions"></podium-schedule>'
    )
    page.screenshot(path=str(ARTIFACTS / "console-get-code.png"), full_page=True)
