"""The Redis cache of podium: bounded waits, and no cache rather than no answer.

Django's Redis backend waits for Redis as long as the socket does (for ever when Redis
hangs) and raises when Redis is down. This one gives every connect and read a timeout
(``socket_connect_timeout``, ``socket_timeout`` in OPTIONS) and, after a failure, stops
asking Redis for ``RETRY_SECONDS``: reads then miss, writes are dropped, and the
responses are rendered without the cache.
"""

from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

from podium.server.breaker import CircuitBreaker


def printable_location(url: str) -> str:
    """The cache's URL without its password, for log lines."""
    parts = urlsplit(url)
    host = parts.hostname or parts.path
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path if parts.hostname else ''}"


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        retry_seconds = options.pop("RETRY_SECONDS", 5)
        super().__init__(server, {**params, "OPTIONS": options})
        self.breaker = CircuitBreaker(
            f"cache at {printable_location(self._servers[0])}", retry_seconds
        )

    def _guarded(self, fallback, operation, *args, **kwargs):
        if not self.breaker.allows_call():
            return fallback
        try:
            result = operation(*args, **kwargs)
        except RedisError as error:
            self.breaker.failed(error)
            return fallback
        self.breaker.succeeded()
        return result

    def reachable(self) -> bool:
        """Whether Redis answers a PING now (False at once while the breaker is open)."""
        return self._guarded(False, lambda: self._cache.get_client(write=True).ping())

    def get(self, key, default=None, version=None):
        return self._guarded(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._guarded({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._guarded(False, super().has_key, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, super().add, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._guarded(None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded([], super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guarded(False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        self._guarded(None, super().delete_many, keys, version)

    def clear(self):
        return self._guarded(False, super().clear)
