"""The in-process cache keeps its stored bytes under PODIUM_CACHE_MAX_BYTES."""

import uuid

from django.conf import settings
from django.core.cache import caches

from podium.backends import cache_config
from podium.server.memory_cache import BoundedMemoryCache

BODY = b"x" * 1000
# What BODY weighs in the cache: its bytes (kept as they are, not pickled).
STORED = len(BODY)


def bounded_cache(max_bytes: int) -> BoundedMemoryCache:
    """A cache of its own (caches of one name share their storage)."""
    return BoundedMemoryCache(f"test-{uuid.uuid4().hex}", {"OPTIONS": {"MAX_BYTES": max_bytes}})


def present(cache, keys: str) -> str:
    return "".join(key for key in keys if cache.get(key) is not None)


def test_memory_cache_beyond_max_bytes_drops_least_recently_used():
    cache = bounded_cache(3 * STORED)
    for key in "abc":
        cache.set(key, BODY)
    cache.get("a")  # now b is the least recently used

    cache.set("d", BODY)

    assert present(cache, "abcd") == "acd"


def test_memory_cache_within_max_bytes_keeps_everything():
    cache = bounded_cache(4 * STORED)
    for key in "abcd":
        cache.set(key, BODY)

    assert present(cache, "abcd") == "abcd"


def test_memory_cache_value_larger_than_max_bytes_is_not_stored():
    cache = bounded_cache(STORED - 1)
    cache.set("small", b"x")

    cache.set("small", BODY)
    cache.set("big", BODY)

    assert (cache.get("small"), cache.get("big")) == (None, None)


def test_memory_cache_add_is_bounded_too():
    cache = bounded_cache(2 * STORED)
    for key in "abc":
        cache.add(key, BODY)

    assert present(cache, "abc") == "bc"


def test_memory_cache_body_and_encoding_are_shared_not_copied():
    cache = bounded_cache(3 * STORED)
    entry = ("gzip", BODY)
    cache.set("entry", entry)

    assert cache.get("entry") is entry


def test_memory_cache_mutable_value_is_a_copy():
    cache = bounded_cache(3 * STORED)
    value = {"sessions": [1, 2]}
    cache.set("value", value)
    value["sessions"].append(3)

    assert cache.get("value") == {"sessions": [1, 2]}


def test_memory_cache_pickled_value_weighs_its_pickle():
    cache = bounded_cache(2 * STORED)
    cache.set("list", [BODY])
    cache.set("body", BODY)
    cache.set("other", BODY)

    # [BODY] pickled is a little over STORED: with two bodies it no longer fits.
    assert present(cache, ("list", "body", "other")) == "bodyother"


def test_memory_cache_incr_counts():
    cache = bounded_cache(STORED)
    cache.set("count", 1)

    assert (cache.incr("count", 2), cache.get("count")) == (3, 3)


def test_cache_config_locmem_is_bounded_by_the_setting():
    assert cache_config("locmem://", 12345) == {
        "BACKEND": "podium.server.memory_cache.BoundedMemoryCache",
        "LOCATION": "podium",
        "OPTIONS": {"MAX_ENTRIES": 2000, "MAX_BYTES": 12345},
    }


def test_cache_max_bytes_default_is_64_mib():
    assert settings.CACHE_MAX_BYTES == 64 * 2**20
    if isinstance(caches["default"], BoundedMemoryCache):
        assert caches["default"].max_bytes == 64 * 2**20
