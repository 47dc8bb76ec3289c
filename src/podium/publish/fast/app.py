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
# Distinct requests (address, method, encoding and validator headers) answered from memory.
MAX_RECENT = 4 * MAX_ADDRESSES
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
        # Request -> (versions, prepared answer): see ``answer``. Plain dict operations,
        # atomic under the interpreter lock; bodies stay in ``bodies``, which bounds them.
        self.recent: dict = {}

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
        accept_encoding = environ.get("HTTP_ACCEPT_ENCODING", "")
        if_none_match = environ.get("HTTP_IF_NONE_MATCH", "")
        # Most requests repeat an earlier one exactly: its answer is reused while the
        # versions are the same, so the query is all that is left to do.
        request = (path, method, context, accept_encoding, if_none_match)
        recent = self.recent.get(request)
        if recent is None and not self.has_template(path, method, route, context, request):
            return None  # without the headers of the likely answer Django answers anyway
        versions = current_versions(route.endpoint_id)
        if versions is None:
            return None  # gone or disabled: Django's 404
        if recent is not None and recent[0] == versions:
            return self.replay(recent[1])
        digest = digest_of(route.endpoint_id, *versions, route.variant, route.content_type)
        encoding, order = negotiate(accept_encoding)
        key = (path, method, route.content_type, context)
        matched = matching_tag(if_none_match, entity_tags(digest, order))
        if matched is not None:
            template = self.templates.get((*key, 304, None))
            if template is None:
                return None
            prepared = (*fill(template, matched, 0, route.content_type), None)
        else:
            entry = self.bodies.get((digest, encoding))
            if entry is None or entry[2] < time.monotonic():
                return None
            coding, body, _ = entry
            template = self.templates.get((*key, 200, coding))
            if template is None:
                return None
            etag = entity_tag(digest, coding)
            prepared = (
                *fill(template, etag, len(body), route.content_type),
                (digest, encoding) if method == "GET" else None,
            )
        if len(self.recent) >= MAX_RECENT:
            self.recent.clear()  # many distinct header values: start again
        self.recent[request] = (versions, prepared)
        return self.replay(prepared)

    def has_template(self, path, method, route: Route, context, request) -> bool:
        key = (path, method, route.content_type, context)
        if request[4]:
            return self.templates.get((*key, 304, None)) is not None
        encoding, _ = negotiate(request[3])
        return any(self.templates.get((*key, 200, coding)) for coding in (CODING[encoding], ""))

    def replay(self, prepared):
        """``(status, headers, body)`` of a prepared answer; None once its body is gone."""
        status, headers, body_key = prepared
        if body_key is None:
            return status, headers, b""
        entry = self.bodies.get(body_key)
        if entry is None or entry[2] < time.monotonic():
            return None
        return status, headers, entry[1]

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
