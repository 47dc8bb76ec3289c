"""The HTTP rules of the public API, in one place for every URL that serves an endpoint.

Server cache, strong ETag and 304, Cache-Control, CORS, gzip, brotli and HEAD are handled by
``cached_response``; OPTIONS (CORS preflight) and 405 by the ``public_api`` decorator.
"""

import functools
import hashlib
from collections.abc import Callable

import orjson
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt

import podium
from podium.program.snapshot import consistent_read
from podium.publish.negotiate import accepts_brotli, accepts_gzip, matching_tag
from podium.publish.published import PUBLISHED, Published
from podium.publish.response_bytes import Representation

ALLOWED_METHODS = "GET, HEAD, OPTIONS"
# Request headers a cross-origin script may send (If-None-Match makes browsers preflight).
ALLOWED_HEADERS = "Accept, Cache-Control, If-None-Match, If-Modified-Since"
CODING = {"identity": "", "gzip": "gzip", "br": "br"}
TAG_SUFFIX = {"": "", "gzip": "-gz", "br": "-br"}


def cors(response: HttpResponse) -> HttpResponse:
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag"
    return response


def json_error(status: int, message: str) -> HttpResponse:
    """A small JSON error body ``{"error": ...}`` that a cross-origin script can read."""
    response = HttpResponse(
        orjson.dumps({"error": message}),
        status=status,
        content_type="application/json; charset=utf-8",
    )
    # Errors are not cached: a new or re-enabled endpoint must answer at once.
    response["Cache-Control"] = "no-store"
    return cors(response)


def public_api(view: Callable) -> Callable:
    """Answer OPTIONS and refuse unsupported methods before the view touches the database."""

    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method in {"GET", "HEAD"}:
            # One database snapshot per read: the versions in the cache key and the
            # program rendered under them are the same committed state.
            with consistent_read():
                return view(request, *args, **kwargs)
        if request.method == "OPTIONS":
            response = cors(HttpResponse(status=204))
            del response["Content-Type"]  # no body, so no type
            response["Allow"] = ALLOWED_METHODS
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response["Access-Control-Max-Age"] = "86400"
            return response
        response = json_error(
            405, f"method {request.method} is not allowed: use GET, HEAD or OPTIONS"
        )
        response["Allow"] = ALLOWED_METHODS
        return response

    return wrapper


def version_digest(endpoint, variant: str, content_type: str) -> str:
    """Names one representation: changes whenever its bytes may change."""
    return digest_of(
        endpoint.id, endpoint.version, endpoint.event.data_version, variant, content_type
    )


def digest_of(
    endpoint_id: str, endpoint_version: str, data_version: str, variant: str, content_type: str
) -> str:
    parts = (podium.__version__, endpoint_id, endpoint_version, data_version, variant, content_type)
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()


def negotiate(accept_encoding: str) -> tuple[str, tuple[str, ...]]:
    """The encoding a request gets and the order its validators are compared in."""
    if accepts_brotli(accept_encoding):
        return "br", ("br", "gzip", "identity")
    if accepts_gzip(accept_encoding):
        return "gzip", ("gzip", "br", "identity")
    return "identity", ("identity", "gzip", "br")


def entity_tag(digest: str, coding: str) -> str:
    return f'"{digest}{TAG_SUFFIX[coding]}"'


def entity_tags(digest: str, order: tuple[str, ...]) -> tuple[str, ...]:
    """The ETags of every encoding of one representation, in ``negotiate``'s order."""
    return tuple(entity_tag(digest, CODING[name]) for name in order)


def cached_response(
    request: HttpRequest,
    endpoint,
    variant: str,
    content_type: str,
    produce: Callable[[], bytes],
) -> HttpResponse:
    """Serve ``produce()`` for a GET or HEAD of one endpoint with every caching rule.

    ``variant`` tells apart the representations of one endpoint (e.g. ``view:All``).
    The ETag depends only on versions already loaded with the endpoint, so a 304
    costs neither a cache lookup nor a render. What was served is noted in the WSGI
    environ for the fast path (podium/publish/fast/app.py), which answers the next
    requests of this address without Django.
    """
    hash_only = wants_hash_only(request)
    if hash_only is None:
        return json_error(400, "hashonly: use true or false")
    if hash_only:
        variant, content_type, produce = hash_of(variant, produce)
    digest = version_digest(endpoint, variant, content_type)
    encoding, order = negotiate(request.headers.get("Accept-Encoding", ""))
    ttl = settings.PODIUM_CACHE_TTL
    published = Published(endpoint.id, variant, content_type, digest, {})
    request.META[PUBLISHED] = published

    # Every tag names the same data; a client holding one of them is up to date.
    matched = matching_tag(request.headers.get("If-None-Match", ""), entity_tags(digest, order))
    if matched is not None:
        response = HttpResponse(status=304)
        del response["Content-Type"]  # no body, so no type
        return headers(response, matched, ttl)

    # From the cache, the rendered store or a render; the fast path learns them all.
    representation = Representation(endpoint.id, variant, content_type, digest)
    published.entries.update(representation.for_request(encoding, produce))
    coding, body = published.entries[encoding]
    response = HttpResponse(b"" if request.method == "HEAD" else body, content_type=content_type)
    if coding:
        response["Content-Encoding"] = coding
    response["Content-Length"] = str(len(body))
    return headers(response, entity_tag(digest, coding), ttl)


def wants_hash_only(request: HttpRequest) -> bool | None:
    """``?hashonly=true`` (Sessionize's cheap change check); None for a value we refuse."""
    value = request.GET.get("hashonly", "false").lower()
    return {"true": True, "false": False, "": False}.get(value)


def hash_of(variant: str, produce: Callable[[], bytes]) -> tuple[str, str, Callable]:
    """The hash-only representation: the SHA-1, in hex, of the bytes ``produce`` makes."""
    return (
        f"{variant}:hashonly",
        "text/plain; charset=utf-8",
        lambda: hashlib.sha1(produce(), usedforsecurity=False).hexdigest().encode(),
    )


def headers(response: HttpResponse, etag: str, ttl: int) -> HttpResponse:
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={ttl}"
    response["Vary"] = "Accept-Encoding"
    return cors(response)
