"""Embed endpoints are pre-rendered like the others: fragments and iframe pages too."""

import pytest
from django.core.cache import cache

from podium.embeds.fragment import EMBED_VIEWS
from podium.publish.prerender import render_event
from podium.publish.representations import representations

pytestmark = pytest.mark.django_db


def test_embed_representations_list_scripts_fragments_and_pages(demo):
    paths = [path for path, *_ in representations(demo)]
    assert sorted(paths) == sorted(
        [f"/api/v2/demoembed/view/{view}" for view in EMBED_VIEWS]
        + [f"/api/v2/demoembed/view/{view}?under=True" for view in EMBED_VIEWS]
        + [f"/embed/demoembed/{view}" for view in EMBED_VIEWS]
        + ["/api/v2/demoembed/frab/schedule.json", "/api/v2/demoembed/frab/schedule.xml"]
    )


@pytest.mark.parametrize(
    "url", ["/embed/demoembed/GridSmart", "/api/v2/demoembed/view/Sessions?under=True"]
)
def test_embed_prerendered_read_costs_one_query(demo, client, django_assert_num_queries, url):
    expected = client.get(url, headers={"Accept-Encoding": "gzip"})
    demo.event.touch()
    render_event(demo.event_id)
    cache.clear()
    with django_assert_num_queries(1):  # the endpoint: served from the rendered store
        response = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert (response.status_code, response["Content-Type"]) == (200, "text/html; charset=utf-8")
    assert response["ETag"] != expected["ETag"]
    assert response["ETag"].endswith('-gz"')
