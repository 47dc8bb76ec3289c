"""The in-process cache (``PODIUM_CACHE_URL=locmem://``), bounded by bytes.

Django's LocMemCache bounds only the number of entries, but podium's entries are
response bodies: an event of thousands of sessions stores several megabytes per view,
twice (plain and gzip). This backend also keeps the stored bytes under ``MAX_BYTES``
(an OPTIONS key, from ``PODIUM_CACHE_MAX_BYTES``), dropping the least recently used
entries first.
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache


class BoundedMemoryCache(LocMemCache):
    def __init__(self, name, params):
        super().__init__(name, params)
        self.max_bytes = int(params.get("OPTIONS", {}).get("MAX_BYTES", 64 * 2**20))

    def _set(self, key, value, timeout=DEFAULT_TIMEOUT):
        # Called with the lock held, by set() and add(); ``value`` is the pickled bytes.
        if len(value) > self.max_bytes:
            # Storing it would evict everything else, and then itself.
            if key in self._cache:
                self._delete(key)
            return
        super()._set(key, value, timeout)
        # Summing on every store is cheap next to the render that preceded it, and the
        # entry count is bounded too (MAX_ENTRIES); a running total would have to follow
        # every path through which LocMemCache changes its dict.
        total = sum(map(len, self._cache.values()))
        while total > self.max_bytes:
            # The dict is kept most recently used first: the last entry is the oldest.
            evicted, body = self._cache.popitem()
            del self._expire_info[evicted]
            total -= len(body)
