"""The suite runs on the database and cache that PODIUM_* select (see `make test`)."""

import os

import pytest
from django.core.cache import cache, caches
from django.db import connection


def expected_database_vendor() -> str:
    url = os.environ.get("PODIUM_DATABASE_URL", "")
    return "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"


def expected_cache_backend() -> str:
    url = os.environ.get("PODIUM_CACHE_URL", "")
    return (
        "ResilientRedisCache" if url.startswith(("redis://", "rediss://")) else "BoundedMemoryCache"
    )


@pytest.mark.django_db
def test_database_backend_follows_database_url():
    assert connection.vendor == expected_database_vendor()


def test_cache_backend_follows_cache_url():
    assert type(caches["default"]).__name__ == expected_cache_backend()


def test_cache_stores_and_returns_bytes():
    cache.set("podium-test:bytes", b"\x00\xffpayload", 30)
    assert cache.get("podium-test:bytes") == b"\x00\xffpayload"


def test_cache_empty_at_start_of_each_test_first():
    assert cache.get("podium-test:leftover") is None
    cache.set("podium-test:leftover", "from the first test", 300)


def test_cache_empty_at_start_of_each_test_second():
    assert cache.get("podium-test:leftover") is None
