"""The Redis cache backend when Redis hangs or goes away: misses, not errors or waits."""

import logging
import time

import pytest

from podium.server.breaker import CircuitBreaker
from podium.server.cache_backend import ResilientRedisCache, printable_location
from podium.settings import cache_config
from tests.server.silent import silent_server


def hung_cache(url: str) -> ResilientRedisCache:
    return ResilientRedisCache(url, cache_config(url))


def test_cache_hung_redis_reads_miss_and_writes_are_dropped():
    with silent_server() as (url, _):
        cache = hung_cache(url)
        assert (cache.get("key", "default"), cache.set_many({"key": 1}), cache.add("k", 1)) == (
            "default",
            [],
            False,
        )


def test_cache_hung_redis_asked_once_per_retry_period(caplog):
    with silent_server() as (url, accepted), caplog.at_level(logging.WARNING, "podium.cache"):
        cache = hung_cache(url)
        for _ in range(20):
            cache.get("key")
            cache.set("key", b"body")
        assert len(accepted) == 1
        assert [record.getMessage() for record in caplog.records] == [
            f"cache at {url} unreachable (TimeoutError: Timeout reading from socket); "
            "going on without it, trying again every 5 s"
        ]


def test_cache_hung_redis_not_reachable_and_no_traceback(caplog):
    with silent_server() as (url, _), caplog.at_level(logging.WARNING, "podium.cache"):
        assert hung_cache(url).reachable() is False
    assert [record.exc_info for record in caplog.records] == [None]


def test_cache_redis_down_reads_miss():
    with silent_server() as (url, _):
        pass  # closed again: nothing listens there now
    assert hung_cache(url).get("key") is None


def test_breaker_logs_down_once_and_back_once(caplog):
    breaker = CircuitBreaker("the service", retry_seconds=0.05)
    with caplog.at_level(logging.WARNING, "podium.cache"):
        for _ in range(3):
            breaker.failed(ConnectionError("refused"))
        refused_at_once = breaker.allows_call()
        time.sleep(0.06)
        trials = [breaker.allows_call(), breaker.allows_call()]
        breaker.succeeded()
        breaker.succeeded()
    assert (refused_at_once, trials, breaker.allows_call()) == (False, [True, False], True)
    assert [record.getMessage() for record in caplog.records] == [
        "the service unreachable (ConnectionError: refused); going on without it, "
        "trying again every 0.05 s",
        "the service reachable again",
    ]


@pytest.mark.parametrize(
    ("url", "printed"),
    [
        ("redis://:secret@cache.internal:6379/0", "redis://cache.internal:6379/0"),
        ("rediss://user:secret@cache.internal/2", "rediss://cache.internal/2"),
        ("unix:///run/redis.sock", "unix:///run/redis.sock"),
    ],
)
def test_printable_location_hides_password(url, printed):
    assert printable_location(url) == printed
