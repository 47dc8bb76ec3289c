"""The embed format under the public API's HTTP rules: types, ETag, CORS, gzip, budgets."""

import gzip

import lxml.html
import pytest

from podium.embeds.fragment import EMBED_VIEWS
from podium.program.models import Speaker

# JavaScript plus CSS of one view, with the demo's whole program inside, gzipped.
BUDGET_BYTES = 30 * 1024


def test_embed_view_without_parameters_is_a_script(demo, client):
    response = client.get("/api/v2/demoembed/view/GridSmart")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.content.startswith(b"(function(){var tag=document.currentScript,html=")
    assert b"document.write" not in response.content


def test_embed_view_under_true_is_the_html_fragment(demo, client):
    response = client.get("/api/v2/demoembed/view/Sessions?under=true")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    root = lxml.html.fragment_fromstring(response.content.decode())
    assert root.get("class") == "podium-embed podium-sessions"


def test_embed_view_etag_answers_304_for_each_representation(demo, client):
    for url in (
        "/api/v2/demoembed/view/Speakers",
        "/api/v2/demoembed/view/Speakers?under=True",
        "/embed/demoembed/Speakers",
        "/embed/podium.js",
    ):
        first = client.get(url)
        again = client.get(url, headers={"If-None-Match": first["ETag"]})
        assert (first.status_code, again.status_code, again.content) == (200, 304, b"")


def test_embed_representations_have_distinct_etags(demo, client):
    tags = {
        client.get(url)["ETag"]
        for url in (
            "/api/v2/demoembed/view/Speakers",
            "/api/v2/demoembed/view/Speakers?under=True",
            "/embed/demoembed/Speakers",
        )
    }
    assert len(tags) == 3


def test_embed_script_gzip_when_accepted(demo, client):
    response = client.get("/api/v2/demoembed/view/GridSmart", headers={"Accept-Encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert response["Vary"] == "Accept-Encoding"
    plain = client.get("/api/v2/demoembed/view/GridSmart").content
    assert gzip.decompress(response.content) == plain


@pytest.mark.parametrize("view", EMBED_VIEWS)
def test_embed_script_of_demo_within_budget_gzipped(demo, client, view):
    response = client.get(f"/api/v2/demoembed/view/{view}", headers={"Accept-Encoding": "gzip"})
    size = len(response.content)
    print(f"{view}: {size} bytes gzipped")
    assert size < BUDGET_BYTES


def test_embed_page_may_be_framed_and_runs_only_own_script(demo, client):
    response = client.get("/embed/demoembed/GridSmart")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert "X-Frame-Options" not in response
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors *" in policy
    assert "script-src 'self'" in policy
    page = lxml.html.document_fromstring(response.content)
    assert [s.get("src") for s in page.cssselect("script")] == ["/embed/podium.js"]
    assert page.cssselect("body")[0].get("data-podium-page") == ""


def test_embed_page_of_other_format_is_404(demo, client):
    response = client.get("/embed/demojson/GridSmart")
    assert response.status_code == 404
    assert b"No published embed endpoint with id 'demojson'." in response.content


def test_embed_page_unknown_view_is_404(demo, client):
    response = client.get("/embed/demoembed/All")
    assert response.status_code == 404
    assert (
        b"No embed view 'All': use GridSmart, Sessions, Speakers, SpeakerWall." in response.content
    )


def test_embed_all_view_is_not_answered(demo, client):
    response = client.get("/api/v2/demoembed/view/All")
    assert response.status_code == 404
    assert response.json() == {
        "error": "view 'All' is not available in the embed format of endpoint 'demoembed' "
        "(it answers Sessions, Speakers, GridSmart, SpeakerWall)"
    }


def test_json_endpoint_under_true_stays_json(demo, client):
    response = client.get("/api/v2/demojson/view/Sessions?under=True")
    assert response["Content-Type"] == "application/json; charset=utf-8"


def test_runtime_script_defines_the_component_and_makes_no_outside_request(demo, client):
    body = client.get("/embed/podium.js").content.decode()
    assert 'customElements.define("podium-schedule"' in body
    assert "sessionize-loader" in body
    # Every address the script and its stylesheet name is built from the podium host.
    assert ("http://" in body, "https://" in body, "@import" in body, "url(" in body) == (
        False,
        False,
        False,
        False,
    )


def test_embed_fragment_loads_nothing_but_speakers_photos(demo, client):
    Speaker.objects.filter(event=demo.event).update(profile_picture="https://photos.example/a.jpg")
    html = client.get("/api/v2/demoembed/view/Speakers?under=True").content.decode()
    root = lxml.html.fragment_fromstring(html)
    assert {e.get("src") for e in root.cssselect("[src]")} == {"https://photos.example/a.jpg"}
    assert root.cssselect("link, script, iframe, style") == []
