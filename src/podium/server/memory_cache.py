"""The in-process cache (``PODIUM_CACHE_URL=locmem://``), bounded by bytes.

Django's LocMemCache bounds only the number of entries, but podium's entries are
response bodies: an event of thousands of sessions stores several megabytes per view,
in each encoding. This backend also keeps the stored bytes under ``MAX_BYTES``
(an OPTIONS key, from ``PODIUM_CACHE_MAX_BYTES``), dropping the least recently used
entries first.

LocMemCache pickles every value, so each cached body would be a second copy of the
bytes the fast path (podium/publish/fast/) keeps of the same answer, and every read a
third. Values that cannot change (bytes, strings, numbers and tuples of them, such as
a body and its encoding) are kept as they are instead: the cache, the fast path and
each response share one bytes object. Anything else is pickled, as Django does.
"""

import pickle

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache

IMMUTABLE_TYPES = frozenset({bytes, str, int, float, bool, type(None)})


class Kept:
    """A value stored as it is (not pickled), with its size in bytes."""

    __slots__ = ("value", "size")

    def __init__(self, value, size: int):
        self.value = value
        self.size = size


def immutable_size(value) -> int | None:
    """The bytes a value made only of immutable parts holds; None for any other value."""
    kind = type(value)
    if kind is tuple:
        sizes = [immutable_size(item) for item in value]
        return None if None in sizes else sum(sizes)
    if kind not in IMMUTABLE_TYPES:
        return None
    return len(value) if kind in (bytes, str) else 8


def stored_size(stored) -> int:
    return stored.size if type(stored) is Kept else len(stored)


class BoundedMemoryCache(LocMemCache):
    def __init__(self, name, params):
        super().__init__(name, params)
        self.max_bytes = int(params.get("OPTIONS", {}).get("MAX_BYTES", 64 * 2**20))

    def dump(self, value):
        size = immutable_size(value)
        return pickle.dumps(value, self.pickle_protocol) if size is None else Kept(value, size)

    @staticmethod
    def load(stored):
        return stored.value if type(stored) is Kept else pickle.loads(stored)

    # LocMemCache's own methods, with dump and load in place of pickle's.
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        stored = self.dump(value)
        with self._lock:
            if self._has_expired(key):
                self._set(key, stored, timeout)
                return True
            return False

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                return default
            stored = self._cache[key]
            self._cache.move_to_end(key, last=False)
        return self.load(stored)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        stored = self.dump(value)
        with self._lock:
            self._set(key, stored, timeout)

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                raise ValueError(f"Key '{key}' not found")
            new_value = self.load(self._cache[key]) + delta
            self._cache[key] = self.dump(new_value)
            self._cache.move_to_end(key, last=False)
        return new_value

    def _set(self, key, value, timeout=DEFAULT_TIMEOUT):
        # Called with the lock held, by set() and add(); ``value`` is what dump() made.
        if stored_size(value) > self.max_bytes:
            # Storing it would evict everything else, and then itself.
            if key in self._cache:
                self._delete(key)
            return
        super()._set(key, value, timeout)
        # Summing on every store is cheap next to the render that preceded it, and the
        # entry count is bounded too (MAX_ENTRIES); a running total would have to follow
        # every path through which LocMemCache changes its dict.
        total = sum(map(stored_size, self._cache.values()))
        while total > self.max_bytes:
            # The dict is kept most recently used first: the last entry is the oldest.
            evicted, stored = self._cache.popitem()
            del self._expire_info[evicted]
            total -= stored_size(stored)
