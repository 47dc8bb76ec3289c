"""The database and cache URLs of the settings, as Django's DATABASES and CACHES entries.

Every problem is an ImproperlyConfigured naming the variable, which the ``podium``
command prints as one line.
"""

from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def cache_config(url: str, max_bytes: int | None = None, redis_options: dict | None = None) -> dict:
    """Translate ``PODIUM_CACHE_URL`` into a Django CACHES entry.

    The settings module passes the bounds; other callers (another cache to point at)
    get the configured ones.
    """
    scheme = urlsplit(url).scheme
    if max_bytes is None or redis_options is None:
        from django.conf import settings

        max_bytes = settings.CACHE_MAX_BYTES if max_bytes is None else max_bytes
        redis_options = settings.REDIS_OPTIONS if redis_options is None else redis_options
    if scheme in {"redis", "rediss", "unix"}:
        # A hung Redis costs each request at most the socket timeouts, then none at all
        # for RETRY_SECONDS (podium/server/cache_backend.py).
        return {
            "BACKEND": "podium.server.cache_backend.ResilientRedisCache",
            "LOCATION": url,
            "OPTIONS": redis_options,
        }
    if scheme == "locmem":
        return {
            "BACKEND": "podium.server.memory_cache.BoundedMemoryCache",
            "LOCATION": "podium",
            "OPTIONS": {"MAX_ENTRIES": 2000, "MAX_BYTES": max_bytes},
        }
    if scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(
        f"PODIUM_CACHE_URL={url!r}: unknown scheme {scheme!r} "
        "(use locmem://, redis://host:port/db, rediss:// or dummy://)"
    )


# Schemes of the databases podium supports (dj-database-url spellings).
DATABASE_SCHEMES = ("postgres", "postgresql", "sqlite")


def database_config(url: str) -> dict:
    """Translate ``PODIUM_DATABASE_URL`` into a Django DATABASES entry.

    Messages name the variable and the scheme but never repeat the URL: it may hold
    a password.
    """
    scheme = urlsplit(url).scheme
    if scheme not in DATABASE_SCHEMES:
        shown = f"scheme {scheme!r}" if scheme else "no scheme"
        raise ImproperlyConfigured(
            f"PODIUM_DATABASE_URL: {shown} is not a database podium supports "
            "(use postgres://user:password@host:port/name or sqlite:////absolute/path)"
        )
    try:
        # Persistent connections, checked before reuse so a restarted server costs no error.
        config = dj_database_url.parse(url, conn_max_age=600, conn_health_checks=True)
    except ValueError:
        raise ImproperlyConfigured(
            "PODIUM_DATABASE_URL: not a valid URL (characters such as @, / or : in the "
            "password must be percent-encoded)"
        ) from None
    if not config.get("NAME"):
        raise ImproperlyConfigured("PODIUM_DATABASE_URL: the URL names no database")
    return config
