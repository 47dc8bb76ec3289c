"""The fast path: cached answers of the public API before Django's middleware.

A WSGI wrapper around podium's Django application. Django answers the first request
of an address; when ``cached_response`` served it, the wrapper learns from the environ
note (podium/publish/published.py) which endpoint and representation the address
serves and keeps the bytes, and from the response the exact status line and headers
Django and its middleware sent. The next GET or HEAD of that address costs one small
query (podium/publish/fast/versions.py): when the versions still name bytes it holds,
it answers the 304 or the 200 itself, with the same headers; anything else (another
query string, new versions, an encoding or a Host it has not seen answered, a database
error) goes to Django, which answers as always.
"""

import time
from dataclasses import dataclass

from django.conf import settings

from podium.publish.fast.store import BoundedStore
from podium.publish.fast.versions import current_versions
from podium.publish.http import CODING, digest_of, entity_tag, entity_tags, negotiate
from podium.publish.negotiate import matching_tag
from podium.publish.published import PUBLISHED, Published

# Addresses and header sets remembered: far more than any site's published URLs.
MAX_ADDRESSES = 10_000
# Request values Django's middleware reads to decide its headers (the Host check,
# HTTPS redirect and HSTS): headers learned under some values are reused only with them.
CONTEXT_KEYS = (
    "wsgi.url_scheme",
    "HTTP_HOST",
    "SERVER_NAME",
    "SERVER_PORT",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
)
ETAG, LENGTH, TYPE = object(), object(), object()
SLOTS = {"etag": ETAG, "content-length": LENGTH, "content-type": TYPE}


@dataclass(frozen=True, slots=True)
class Route:
    endpoint_id: str
    variant: str
    content_type: str


class FastPath:
    def __init__(self, application, max_bytes: int):
        self.application = application
        self.bodies = BoundedStore(max_bytes, lambda entry: len(entry[1]))
        self.routes = BoundedStore(MAX_ADDRESSES, lambda route: 1)
        self.templates = BoundedStore(MAX_ADDRESSES, lambda template: 1)

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") in {"GET", "HEAD"} and not environ.get("QUERY_STRING"):
            path = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")
            route = self.routes.get(path)
            if route is not None:
                try:
                    answer = self.answer(environ, path, route)
                except Exception:  # noqa: BLE001 - Django answers, and reports, the same error
                    answer = None
                if answer is not None:
                    status, headers, body = answer
                    start_response(status, headers)
                    return [body]
            return self.learn(environ, start_response, path)
        return self.application(environ, start_response)

    def answer(self, environ, path: str, route: Route):
        method = environ["REQUEST_METHOD"]
        context = tuple(environ.get(key) for key in CONTEXT_KEYS)
        key = (path, method, route.content_type, context)
        encoding, order = negotiate(environ.get("HTTP_ACCEPT_ENCODING", ""))
        if_none_match = environ.get("HTTP_IF_NONE_MATCH", "")
        # Without the headers of the likely answer Django answers anyway: skip the query.
        likely = [(304, None)] if if_none_match else [(200, CODING[encoding]), (200, "")]
        if not any(self.templates.get((*key, *status)) for status in likely):
            return None
        versions = current_versions(route.endpoint_id)
        if versions is None:
            return None  # gone or disabled: Django's 404
        digest = digest_of(route.endpoint_id, *versions, route.variant, route.content_type)
        matched = matching_tag(if_none_match, entity_tags(digest, order))
        if matched is not None:
            template = self.templates.get((*key, 304, None))
            if template is None:
                return None
            return *fill(template, matched, 0, route.content_type), b""
        entry = self.bodies.get((digest, encoding))
        if entry is None or entry[2] < time.monotonic():
            return None
        coding, body, _ = entry
        template = self.templates.get((*key, 200, coding))
        if template is None:
            return None
        status, headers = fill(template, entity_tag(digest, coding), len(body), route.content_type)
        return status, headers, b"" if method == "HEAD" else body

    def learn(self, environ, start_response, path: str):
        seen = []

        def capture(status, headers, exc_info=None):
            seen[:] = [status, list(headers)]
            return start_response(status, headers, exc_info)

        result = self.application(environ, capture)
        published: Published | None = environ.get(PUBLISHED)
        if published is not None and seen and not environ.get("QUERY_STRING"):
            self.remember(environ, path, published, *seen)
        return result

    def remember(self, environ, path: str, published: Published, status: str, headers) -> None:
        code = int(status.split(" ", 1)[0])
        names = {name.lower(): value for name, value in headers}
        coding = names.get("content-encoding", "") if code == 200 else None
        tags = entity_tags(published.digest, ("identity", "gzip", "br"))
        if code not in {200, 304} or names.get("etag") not in tags:
            return  # not the answer cached_response gave (middleware replaced it)
        if "set-cookie" in names or names.get("vary") != "Accept-Encoding":
            return  # meant for this client only: never to be replayed to others
        route = Route(published.endpoint_id, published.variant, published.content_type)
        # Kept as long as the shared cache keeps them: PODIUM_CACHE_TTL=0 keeps none.
        ttl = settings.PODIUM_CACHE_TTL
        if ttl > 0:
            deadline = time.monotonic() + ttl
            for encoding, (sent_coding, body) in published.entries.items():
                self.bodies.put((published.digest, encoding), (sent_coding, body, deadline))
        context = tuple(environ.get(key) for key in CONTEXT_KEYS)
        template = (status, [(name, SLOTS.get(name.lower(), value)) for name, value in headers])
        key = (path, environ["REQUEST_METHOD"], route.content_type, context, code, coding)
        self.templates.put(key, template)
        self.routes.put(path, route)


def fill(template, etag: str, length: int, content_type: str):
    status, headers = template
    values = {ETAG: etag, LENGTH: str(length), TYPE: content_type}
    return status, [(name, values.get(value, value)) for name, value in headers]


def fast_path(application, max_bytes: int):
    """``application`` behind the fast path, or alone when it may keep no bytes."""
    return FastPath(application, max_bytes) if max_bytes > 0 else application
