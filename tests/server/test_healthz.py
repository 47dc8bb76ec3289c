"""``/healthz`` reports each dependency, and answers quickly whatever the cache does."""

import time

import orjson
import pytest
from django.test import override_settings

from podium.settings import cache_config
from tests.server.silent import silent_server

pytestmark = pytest.mark.django_db


def test_healthz_all_ok(client):
    response = client.get("/healthz")
    assert (response.status_code, orjson.loads(response.content)) == (
        200,
        {"status": "ok", "database": "ok", "cache": "ok"},
    )
    assert response["Cache-Control"] == "no-store"


def test_healthz_hung_cache_answers_degraded_within_a_second(client):
    with silent_server() as (url, _), override_settings(CACHES={"default": cache_config(url)}):
        started = time.monotonic()
        response = client.get("/healthz")
        elapsed = time.monotonic() - started
    assert (response.status_code, orjson.loads(response.content)) == (
        200,
        {"status": "degraded", "database": "ok", "cache": "unreachable"},
    )
    assert elapsed < 1


def test_healthz_head_answers_status_only(client):
    response = client.head("/healthz")
    assert (response.status_code, response.content) == (200, b"")
