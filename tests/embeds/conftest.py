import pytest
from django.core.cache import cache

from podium.demo.loader import load_demo
from podium.publish.models import Endpoint


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(db) -> Endpoint:
    """The demo event's embed endpoint (every custom field exposed)."""
    load_demo()
    return Endpoint.objects.select_related("event").get(pk="demoembed")
