"""The server cache: constant cheap reads, and every change visible on the next request."""

import gzip

import brotli
import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from podium.program.models import Session
from podium.publish.cache import clear_all, clear_endpoint
from podium.publish.models import Endpoint
from podium.publish.render import render_endpoint_view
from podium.settings import cache_config
from tests.factories import CategoryFactory, SessionFactory, SpeakerFactory
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db


def test_get_view_cached_hit_costs_one_query(client, endpoint, django_assert_num_queries):
    first = client.get(view_url(endpoint.id, "All"))
    with django_assert_num_queries(1):
        second = client.get(view_url(endpoint.id, "All"))
    assert second.content == first.content


def test_get_view_304_costs_one_query_without_cache(client, endpoint, django_assert_num_queries):
    tag = client.get(view_url(endpoint.id, "All"))["ETag"]
    cache.clear()  # a 304 needs neither the cached body nor a render
    with django_assert_num_queries(1):
        response = client.get(view_url(endpoint.id, "All"), headers={"If-None-Match": tag})
    assert response.status_code == 304


def test_get_unknown_view_costs_no_query(client, endpoint, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get(view_url(endpoint.id, "Nope")).status_code == 404


def test_options_and_405_cost_no_query(client, endpoint, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.options(view_url(endpoint.id, "All")).status_code == 204
        assert client.post(view_url(endpoint.id, "All")).status_code == 405


def test_get_view_bulk_write_without_touch_still_served_from_cache(client, endpoint):
    before = client.get(view_url(endpoint.id, "Sessions"))
    Session.objects.filter(event=endpoint.event).update(title="Silently renamed")
    after = client.get(view_url(endpoint.id, "Sessions"))
    assert after.content == before.content
    assert after["ETag"] == before["ETag"]


def test_get_view_session_changed_visible_on_next_request(client, endpoint):
    before = client.get(view_url(endpoint.id, "Sessions"))
    session = Session.objects.filter(event=endpoint.event, title="Talk 0").get()
    session.title = "Renamed talk"
    session.save()
    after = client.get(view_url(endpoint.id, "Sessions"))
    assert after.content == render_endpoint_view(endpoint, "Sessions").body
    assert after.content != before.content
    assert b"Renamed talk" in after.content
    assert after["ETag"] != before["ETag"]


def test_get_view_old_etag_after_change_answers_200(client, endpoint):
    tag = client.get(view_url(endpoint.id, "All"))["ETag"]
    endpoint.event.touch()
    response = client.get(view_url(endpoint.id, "All"), headers={"If-None-Match": tag})
    assert response.status_code == 200


def test_get_view_endpoint_options_changed_visible_on_next_request(client, endpoint):
    before = client.get(view_url(endpoint.id, "Sessions"))
    endpoint.service_sessions = False
    endpoint.save()
    after = client.get(view_url(endpoint.id, "Sessions"))
    assert after.content == render_endpoint_view(endpoint, "Sessions").body
    assert after.content != before.content
    assert b"Lunch" not in after.content


def test_get_view_exposed_fields_changed_gives_new_etag(client, endpoint):
    before = client.get(view_url(endpoint.id, "All"))["ETag"]
    endpoint.exposed_categories.add(CategoryFactory(event=endpoint.event))
    after = client.get(view_url(endpoint.id, "All"))["ETag"]
    assert after != before


def test_clear_endpoint_next_request_renders_afresh(client, endpoint):
    before = client.get(view_url(endpoint.id, "Sessions"))
    Session.objects.filter(event=endpoint.event).update(title="Silently renamed")
    clear_endpoint(endpoint)
    after = client.get(view_url(endpoint.id, "Sessions"))
    assert after.content == render_endpoint_view(endpoint, "Sessions").body
    assert after.content != before.content
    assert after["ETag"] != before["ETag"]


def test_clear_endpoint_leaves_other_endpoints_cached(client, endpoint):
    other = Endpoint.objects.create(event=endpoint.event, id="confjson02")
    before = client.get(view_url(other.id, "Sessions"))
    Session.objects.filter(event=endpoint.event).update(title="Silently renamed")
    clear_endpoint(endpoint)
    assert client.get(view_url(other.id, "Sessions")).content == before.content


def test_clear_all_counts_endpoints_and_renders_afresh(client, endpoint):
    other = Endpoint.objects.create(event=endpoint.event, id="confjson02")
    before = client.get(view_url(other.id, "Sessions"))
    Session.objects.filter(event=endpoint.event).update(title="Silently renamed")
    assert clear_all() == 2
    after = client.get(view_url(other.id, "Sessions"))
    assert after.content != before.content
    assert b"Silently renamed" in after.content


def test_cache_clear_command_one_endpoint_renders_afresh(client, endpoint, capsys):
    before = client.get(view_url(endpoint.id, "Sessions"))
    Session.objects.filter(event=endpoint.event).update(title="Silently renamed")
    call_command("cache", "clear", endpoint.id)
    assert capsys.readouterr().out == "Cleared the cached responses of endpoint confjson01.\n"
    after = client.get(view_url(endpoint.id, "Sessions"))
    assert after.content != before.content
    assert after.content == render_endpoint_view(endpoint, "Sessions").body


def test_cache_clear_command_all_renders_afresh(client, endpoint, capsys):
    before = client.get(view_url(endpoint.id, "Sessions"))
    Session.objects.filter(event=endpoint.event).update(title="Silently renamed")
    call_command("cache", "clear")
    assert capsys.readouterr().out == "Cleared the cached responses of 1 endpoint(s).\n"
    assert client.get(view_url(endpoint.id, "Sessions")).content != before.content


def test_get_view_ttl_zero_renders_every_time(client, endpoint, settings):
    settings.PODIUM_CACHE_TTL = 0
    before = client.get(view_url(endpoint.id, "Sessions"))
    assert before["Cache-Control"] == "public, max-age=0"
    Session.objects.filter(event=endpoint.event).update(title="Silently renamed")
    assert client.get(view_url(endpoint.id, "Sessions")).content != before.content


def miss_queries(client, endpoint) -> int:
    """Queries of the first request after a change (the fast path adds its version check)."""
    endpoint.event.touch()
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(view_url(endpoint.id, "All")).status_code == 200
    return len(queries)


def test_get_view_cache_miss_query_count_constant_in_event_size(client, endpoint):
    # The first answer of an address is Django's alone: it teaches the fast path.
    client.get(view_url(endpoint.id, "All"))
    small = miss_queries(client, endpoint)
    for number in range(20):
        session = SessionFactory(event=endpoint.event, title=f"More {number}")
        session.speakers.add(SpeakerFactory(event=endpoint.event))
    assert miss_queries(client, endpoint) == small


def test_get_view_cache_unreachable_still_serves(client, endpoint, settings):
    # Nothing listens on port 1: every cache call fails at once.
    settings.CACHES = {"default": cache_config("redis://127.0.0.1:1/0")}
    response = client.get(view_url(endpoint.id, "All"))
    assert response.status_code == 200
    assert response.content == render_endpoint_view(endpoint, "All").body


def test_get_view_other_encoding_after_miss_compressed_without_render(
    client, endpoint, settings, django_assert_num_queries
):
    settings.PODIUM_RENDERED_MAX_BYTES = 0  # the response cache alone
    plain = client.get(view_url(endpoint.id, "All"), headers={"Accept-Encoding": "gzip"})
    with django_assert_num_queries(1):
        response = client.get(view_url(endpoint.id, "All"), headers={"Accept-Encoding": "br"})
    assert (response["Content-Encoding"], brotli.decompress(response.content)) == (
        "br",
        gzip.decompress(plain.content),
    )
