"""The public API with its Redis hung: the same answers, rendered without the cache."""

import pytest
from django.test import override_settings

from podium.settings import cache_config
from tests.publish.conftest import view_url
from tests.server.silent import silent_server

pytestmark = pytest.mark.django_db


def test_get_view_with_hung_cache_answers_same_body(client, endpoint, serving):
    expected = client.get(view_url(endpoint.id, "All"))
    with (
        silent_server() as (url, accepted),
        override_settings(CACHES={"default": cache_config(url)}),
    ):
        answers = [client.get(view_url(endpoint.id, "All")) for _ in range(3)]
    assert [(a.status_code, a.content) for a in answers] == [(200, expected.content)] * 3
    # The fast path answers from the bytes it already holds: it never asks the cache.
    assert len(accepted) == {"django": 1, "fast": 0}[serving]
