"""Where the bytes of one representation in one encoding come from, cheapest first.

A request asks, in this order: the response cache (in-process or Redis), the rendered
store on this machine's disk (podium/publish/rendered_store.py, filled by the
pre-render task), the plain bytes of the same version (store, then cache), which it
compresses, and only then the render. It compresses only the encoding it sends, at a
level chosen for speed; the pre-render task stores every encoding at the levels chosen
for size. Entries are ``(coding, bytes)``: the Content-Encoding ("" for none) and the
body; each encoding is cached under its own key, so a request reads only what it sends.
"""

import gzip
from collections.abc import Callable

import brotli
from django.conf import settings
from django.core.cache import cache

from podium.publish.rendered_store import (
    Entry,
    RenderedStore,
    configured_store,
    representation_key,
)

ENCODINGS = ("identity", "gzip", "br")
# Bodies smaller than this are not worth gzip's 20 bytes of framing.
GZIP_MIN_BYTES = 200
# One set of levels wherever bytes are compressed (a request, the pre-render task): an
# ETag names one representation, so each of its encodings must be the very same bytes
# whichever process made them. The All of 1,000 sessions (2.8 MB) takes 28 ms at gzip 4
# and 83 ms at gzip 6, for 11 % more bytes; brotli 4 takes 26 ms, smaller than gzip 6.
LEVELS = {"gzip": 4, "br": 4}
# Entries are (coding, bytes); the prefix names that layout.
CACHE_PREFIX = "podium:published:"


def compressed(body: bytes, encoding: str, levels: dict[str, int]) -> Entry:
    """``body`` in ``encoding``; a body too small to compress is sent as is."""
    if encoding == "identity" or len(body) < GZIP_MIN_BYTES:
        return "", body
    if encoding == "gzip":
        return "gzip", gzip.compress(body, compresslevel=levels["gzip"], mtime=0)
    return "br", brotli.compress(body, quality=levels["br"])


def cache_key(digest: str) -> str:
    return f"{CACHE_PREFIX}{digest}:"


class Representation:
    """One representation under one version digest, and the tiers that may hold it."""

    def __init__(self, endpoint_id: str, variant: str, content_type: str, digest: str):
        self.digest = digest
        self.key = cache_key(digest)
        self.directory = representation_key(endpoint_id, variant, content_type)
        self.store: RenderedStore | None = configured_store()

    def cached(self, encoding: str) -> Entry | None:
        # The cache backend never raises: a cache that is down or hung is a miss.
        return cache.get(self.key + encoding)

    def stored(self, encoding: str) -> Entry | None:
        if self.store is None:
            return None
        return self.store.read(self.directory, self.digest, encoding)

    def for_request(self, encoding: str, produce: Callable[[], bytes]) -> dict[str, Entry]:
        """The entry of ``encoding``, with any other entry made on the way (the plain
        bytes of a render): ``{encoding: entry, ...}``, each cached for the next reader."""
        entry = self.cached(encoding)
        if entry is not None:
            return {encoding: entry}
        ttl = settings.PODIUM_CACHE_TTL
        entry = self.stored(encoding)
        if entry is None and encoding != "identity":
            # The local file before the cache: with Redis it spares moving the bytes.
            plain = self.stored("identity") or self.cached("identity")
            if plain is not None:
                entry = compressed(plain[1], encoding, LEVELS)
        if entry is not None:
            cache.set(self.key + encoding, entry, ttl)
            return {encoding: entry}
        entries = {"identity": ("", produce())}
        if encoding != "identity":
            entries[encoding] = compressed(entries["identity"][1], encoding, LEVELS)
        cache.set_many({self.key + name: value for name, value in entries.items()}, ttl)
        # Only the plain bytes go to the store: its compressed files are the pre-render's,
        # at the levels for size, and a render is what the other processes must not repeat.
        if self.store is not None:
            self.store.write(self.directory, self.digest, {"identity": entries["identity"]})
        return entries

    def published(self) -> bool:
        """Whether every encoding already lies where the pre-render puts it."""
        if self.store is not None:
            return self.store.has(self.directory, self.digest, ENCODINGS)
        return len(cache.get_many([self.key + name for name in ENCODINGS])) == len(ENCODINGS)

    def publish(self, produce: Callable[[], bytes], shared_cache: bool) -> dict[str, Entry]:
        """Every encoding at the levels for size, into the store and the cache.

        The plain bytes a request already rendered are reused. The cache is written when
        every process reads it (Redis), or when there is no store (then the caller's own
        process is the one that benefits, as with ``PODIUM_PUBLISH_DIR``).
        """
        plain = self.stored("identity") or self.cached("identity")
        body = plain[1] if plain is not None else produce()
        entries = {name: compressed(body, name, LEVELS) for name in ENCODINGS}
        if self.store is not None:
            self.store.write(self.directory, self.digest, entries)
        if shared_cache or self.store is None:
            cache.set_many(
                {self.key + name: value for name, value in entries.items()},
                settings.PODIUM_CACHE_TTL,
            )
        return entries

    def entries(self) -> dict[str, Entry]:
        """Every encoding already published (for ``PODIUM_PUBLISH_DIR``), or {}."""
        found = {name: self.stored(name) or self.cached(name) for name in ENCODINGS}
        return found if all(found.values()) else {}
