"""Every console page in Chromium at phone and desktop widths: nothing wider than the screen.

The pages are listed from the console's URL configuration, so a new page is checked
without being named here. Each is saved as a screenshot at both widths
(test-artifacts/console/pages/<name>-<width>.png).
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import Page

from podium.console import urls as console_urls
from podium.console.models import TeamInvitation, TeamMembership
from podium.demo.loader import load_demo
from tests.console import test_browser as browser

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

page = browser.page
PAGES = browser.ARTIFACTS / "pages"
WIDTHS = (390, 1280)
# Pages for visitors who are not logged in; the rest need an account of the event's team.
LOGGED_OUT = {
    "setup",
    "login",
    "password-reset",
    "password-reset-done",
    "password-reset-confirm",
    "password-reset-complete",
}
# Elements reaching past the right edge, for the failure message: the page is what counts.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.body.querySelectorAll("*")].filter((element) => {
    const box = element.getBoundingClientRect();
    if (box.right <= width + 0.5) return false;
    for (let up = element.parentElement; up; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return false;
    }
    return true;
  });
  return {
    page: document.documentElement.scrollWidth - width,
    body: document.body.scrollWidth - width,
    wide: wide.slice(0, 5).map((element) => element.outerHTML.slice(0, 120)),
  };
}"""


def arguments(name: str, converters, ids: dict) -> dict:
    values = {"slug": "demo", "endpoint_id": "demojson", "view": "All"} | ids
    kwargs = {}
    for key in converters:
        if key == "pk":
            kwargs[key] = next((pk for kind, pk in ids.items() if name.startswith(kind)), 1)
        else:
            assert key in values, f"{name}: no value for <{key}>, add one to demo_ids()"
            kwargs[key] = values[key]
    return kwargs


def console_pages(ids: dict) -> list[tuple[str, str]]:
    """(name, URL) of every console URL pattern, filled in with the demo's objects."""
    pages = []
    for pattern in console_urls.urlpatterns:
        converters = pattern.pattern.converters
        url = reverse(f"console:{pattern.name}", kwargs=arguments(pattern.name, converters, ids))
        pages.append((pattern.name, url))
    return pages


def demo_ids(user) -> dict:
    event = load_demo()
    TeamMembership.objects.create(event=event, user=user)
    return {
        "speaker": event.speakers.order_by("pk").first().pk,
        "session": event.sessions.order_by("pk").first().pk,
        "category": event.categories.order_by("pk").first().pk,
        "team-remove": TeamMembership.objects.get(event=event, user=user).pk,
        "team-withdraw": TeamInvitation.objects.create(event=event, username="grace").pk,
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
        "token": default_token_generator.make_token(user),
    }


def check_widths(page: Page, name: str, url: str) -> list:
    """Load ``url`` at each width; the overflows found (empty when the page fits)."""
    # An action (a form's target) answers a GET with 405, a download with a file: no page.
    answer = page.context.request.get(url, max_redirects=0)
    if answer.status == 405 or not answer.headers["content-type"].startswith("text/html"):
        return []
    found = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 844})
        response = page.goto(url)
        assert (name, response.status) == (name, 200)
        page.screenshot(path=str(PAGES / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate(OVERFLOW)
        if overflow["page"] > 0 or overflow["body"] > 0:
            found.append((name, width, overflow))
    return found


def test_browser_every_console_page_fits_phone_and_desktop(page):
    PAGES.mkdir(parents=True, exist_ok=True)
    found = check_widths(page, "setup", reverse("console:setup"))
    user = get_user_model().objects.create_user("ada", "ada@example.org", browser.PASSWORD)
    pages = [item for item in console_pages(demo_ids(user)) if item[0] != "setup"]
    for name, url in pages:
        if name in LOGGED_OUT:
            found += check_widths(page, name, url)
    page.goto(reverse("console:login"))
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(browser.PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/console/")
    for name, url in pages:
        if name not in LOGGED_OUT and name != "logout":
            found += check_widths(page, name, url)
    assert found == []
    assert page.csp_violations == []


def log_in(page: Page):
    user = get_user_model().objects.create_user("ada", "ada@example.org", browser.PASSWORD)
    page.goto(reverse("console:login"))
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(browser.PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/console/")
    return user


def test_browser_get_code_urls_whole_at_phone_width(page):
    TeamMembership.objects.create(event=load_demo(), user=log_in(page))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(reverse("console:endpoint-code", args=["demo", "demojson"]))
    urls = page.locator(".urls .url")
    shown = urls.evaluate_all(
        "(urls) => urls.map((url) => [url.textContent.split('/').at(-3),"
        " url.scrollWidth <= url.clientWidth, url.getBoundingClientRect().right <= 390])"
    )
    assert shown[:5] == [["demojson", True, True]] * 5
    assert len(shown) == 7
