"""An embed view costs the same number of SQL queries whatever the size of the event."""

import pytest

from podium.embeds.fragment import EMBED_VIEWS
from podium.publish.models import Endpoint
from podium.publish.render import render_endpoint_view
from tests.publish.builders.test_query_count import QUERIES, endpoint_for_event_of

pytestmark = pytest.mark.django_db


def embed_endpoint_of(size: int) -> Endpoint:
    endpoint = endpoint_for_event_of(size)
    Endpoint.objects.filter(pk=endpoint.pk).update(format="embed")
    return Endpoint.objects.select_related("event").get(pk=endpoint.pk)


@pytest.mark.parametrize("view", EMBED_VIEWS)
@pytest.mark.parametrize("size", [3, 30])
def test_embed_view_query_count_constant_for_any_size(view, size, django_assert_num_queries):
    endpoint = embed_endpoint_of(size)
    # The endpoint's event came with it: one query less than the builders' count.
    with django_assert_num_queries(QUERIES - 1):
        body = render_endpoint_view(endpoint, view).body
    assert body.startswith(b"(function(){var tag=document.currentScript,html=")


@pytest.mark.parametrize("size", [3, 30])
def test_embed_http_fragment_query_count_constant(size, client, django_assert_num_queries):
    endpoint = embed_endpoint_of(size)
    # The endpoint with its event in one query, then the publication's.
    with django_assert_num_queries(QUERIES):
        response = client.get(f"/api/v2/{endpoint.id}/view/GridSmart?under=True")
    assert response.status_code == 200
