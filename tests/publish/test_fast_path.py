"""The fast path answers repeated reads itself, with Django's very status and headers."""

import pytest
from django.core.signals import request_started

from podium.publish.fast.app import FastPath, fast_path
from podium.publish.fast.store import BoundedStore
from podium.publish.models import Endpoint
from podium.publish.published import PUBLISHED, Published
from tests.publish.conftest import view_url
from tests.publish.wsgi_client import FastPathClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def django_requests():
    """How many requests reached Django."""
    seen = []

    def count(**kwargs):
        seen.append(kwargs)

    request_started.connect(count)
    yield seen
    request_started.disconnect(count)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Accept-Encoding": "gzip"}, {"Accept-Encoding": "gzip, br"}],
)
def test_fast_path_repeat_get_skips_django_with_same_headers(endpoint, django_requests, headers):
    client = FastPathClient()
    first = client.get(view_url(endpoint.id, "All"), headers=headers)
    second = client.get(view_url(endpoint.id, "All"), headers=headers)
    assert len(django_requests) == 1
    assert (second.status_code, second.wsgi_headers, second.content) == (
        first.status_code,
        first.wsgi_headers,
        first.content,
    )


def test_fast_path_repeat_304_skips_django_with_same_headers(endpoint, django_requests):
    client = FastPathClient()
    tag = client.get(view_url(endpoint.id, "All"))["ETag"]
    first = client.get(view_url(endpoint.id, "All"), headers={"If-None-Match": tag})
    second = client.get(view_url(endpoint.id, "All"), headers={"If-None-Match": tag})
    assert len(django_requests) == 2
    assert (second.status_code, second.wsgi_headers) == (304, first.wsgi_headers)


def test_fast_path_head_after_get_answers_headers_only(endpoint, django_requests):
    client = FastPathClient()
    client.head(view_url(endpoint.id, "Sessions"))
    get = client.get(view_url(endpoint.id, "Sessions"))
    head = client.head(view_url(endpoint.id, "Sessions"))
    assert (len(django_requests), head.content, head["Content-Length"]) == (
        2,
        b"",
        str(len(get.content)),
    )


def test_fast_path_query_string_goes_to_django(endpoint, django_requests):
    client = FastPathClient()
    client.get(view_url(endpoint.id, "All"))
    client.get(view_url(endpoint.id, "All") + "?unknown=1")
    client.get(view_url(endpoint.id, "All") + "?unknown=1")
    assert len(django_requests) == 3


def test_fast_path_disabled_endpoint_answers_django_404(endpoint, django_requests):
    client = FastPathClient()
    client.get(view_url(endpoint.id, "All"))
    Endpoint.objects.filter(pk=endpoint.pk).update(enabled=False)
    response = client.get(view_url(endpoint.id, "All"))
    assert (response.status_code, len(django_requests)) == (404, 2)


def test_fast_path_other_host_learns_its_own_headers(endpoint, django_requests, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    client = FastPathClient()
    client.get(view_url(endpoint.id, "All"))
    client.get(view_url(endpoint.id, "All"), headers={"Host": "other.example"})
    refused = client.get(view_url(endpoint.id, "All"), headers={"Host": "evil.example"})
    assert (refused.status_code, len(django_requests)) == (400, 3)


def test_fast_path_answer_setting_a_cookie_never_replayed(endpoint, django_requests):
    def with_cookie(environ, start_response):
        environ[PUBLISHED] = Published(endpoint.id, "view:All", "text/plain", "d", {})
        start_response(
            "200 OK", [("ETag", '"d"'), ("Vary", "Accept-Encoding"), ("Set-Cookie", "a=b")]
        )
        return [b""]

    fast = FastPath(with_cookie, 2**20)
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/api/v2/x/view/All"}
    fast(dict(environ), lambda status, headers, exc_info=None: None)
    assert fast.routes.get("/api/v2/x/view/All") is None


def test_fast_path_zero_bytes_is_off():
    def application(environ, start_response):
        return []

    assert fast_path(application, 0) is application


def test_bounded_store_over_limit_drops_least_recently_used():
    store = BoundedStore(10, len)
    store.put("a", b"aaaa")
    store.put("b", b"bbbb")
    store.get("a")
    store.put("c", b"cccc")
    assert (store.get("a"), store.get("b"), store.get("c"), store.total) == (
        b"aaaa",
        None,
        b"cccc",
        8,
    )


def test_bounded_store_entry_over_limit_not_kept():
    store = BoundedStore(10, len)
    store.put("a", b"a" * 11)
    assert (store.get("a"), store.total) == (None, 0)
