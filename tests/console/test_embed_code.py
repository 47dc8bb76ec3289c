"""Get Code of an embed endpoint: the three snippets per view and the live previews."""

import lxml.html
import pytest
from django.urls import reverse

from podium.publish.models import Endpoint


@pytest.fixture
def embed(event):
    return Endpoint.objects.create(event=event, id="confembed1", name="Site", format="embed")


def page_of(console, endpoint, query: str = ""):
    url = reverse("console:endpoint-code", args=["conf", endpoint.id]) + query
    response = console.get(url)
    assert response.status_code == 200
    return lxml.html.document_fromstring(response.content)


def test_get_code_embed_shows_three_snippets_with_copy_buttons(console, embed):
    page = page_of(console, embed)
    snippets = {pre.get("id"): pre.text_content() for pre in page.cssselect(".embed-code pre")}
    assert snippets == {
        "embed-script": '<script src="http://testserver/api/v2/confembed1/view/GridSmart"></script>',
        "embed-iframe": '<iframe src="http://testserver/embed/confembed1/GridSmart" '
        'title="Schedule" style="width:100%;height:800px;border:0" loading="lazy"></iframe>\n'
        '<script src="http://testserver/embed/podium.js" async></script>',
        "embed-component": '<script src="http://testserver/embed/podium.js" async></script>\n'
        '<podium-schedule endpoint="confembed1" view="GridSmart"></podium-schedule>',
    }
    assert [b.get("data-copy") for b in page.cssselect(".embed-code button.copy")] == list(snippets)


def test_get_code_embed_previews_chosen_view_at_two_widths(console, embed):
    page = page_of(console, embed, "?view=Speakers")
    frames = page.cssselect(".embed-preview iframe")
    assert [(f.get("src"), f.get("title")) for f in frames] == [
        ("/embed/confembed1/Speakers", "Speakers preview, desktop width"),
        ("/embed/confembed1/Speakers", "Speakers preview, phone width"),
    ]
    assert [a.text for a in page.cssselect(".embed-views a[aria-current]")] == ["Speakers"]


def test_get_code_embed_unknown_view_shows_the_schedule(console, embed):
    page = page_of(console, embed, "?view=Nope")
    assert [a.text for a in page.cssselect(".embed-views a[aria-current]")] == ["GridSmart"]


def test_get_code_json_endpoint_has_no_embed_section(console, event):
    endpoint = Endpoint.objects.create(event=event, name="App")
    page = page_of(console, endpoint)
    assert page.cssselect(".embed-code") == []
    assert [h.text for h in page.cssselect("h2")][-1] == "Examples"
