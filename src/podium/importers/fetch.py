"""Download a URL's body for an import: bounded in size and time, public addresses only.

Each hop of a redirect is checked like the first URL, and the connection goes to the
addresses that were checked (see :mod:`podium.importers.addresses`).
"""

import http.client
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import podium
from podium.importers.addresses import AddressRefused, ResolveFailed, resolve
from podium.importers.deadline import Deadline, DeadlinePassed
from podium.importers.errors import SessionizeError

REDIRECTS = {301, 302, 303, 307, 308}
MOST_REDIRECTS = 5
CHUNK = 256 * 1024
HEADERS = {"User-Agent": f"podium/{podium.__version__}", "Accept": "application/json"}


class Problem(Exception):
    """What went wrong at one hop; the caller names the URL."""


class Unreachable(Problem):
    pass


@dataclass(frozen=True)
class Fetched:
    """A response: 304 (``not_modified``, no body) only when the request was conditional."""

    body: bytes
    etag: str = ""
    not_modified: bool = False


def fetch_url(url: str, **options) -> bytes:
    """The body of ``url``'s response (see :func:`fetch_response` for the options)."""
    return fetch_response(url, **options).body


def fetch_response(
    url: str,
    *,
    limit_mb: int,
    timeout: float,
    deadline: float,
    allow_private: bool,
    headers: dict[str, str],
) -> Fetched:
    """``url``'s response: a body of at most ``limit_mb`` MB within ``deadline`` seconds.

    ``timeout`` bounds connecting and each wait for bytes. ``headers`` go with the request
    and with redirects to the same server, never to another one (they may hold a token).
    With an ``If-None-Match`` header, a 304 answer is a :class:`Fetched` that is
    ``not_modified``.
    """
    conditional = any(name.lower() == "if-none-match" for name in headers)
    clock = Deadline(deadline)
    hop = url
    try:
        for _ in range(MOST_REDIRECTS + 1):
            extra = headers if origin(hop) == origin(url) else {}
            connection = send_request(hop, {**HEADERS, **extra}, timeout, clock, allow_private)
            try:
                response = connection.getresponse()
                location = response.getheader("Location")
                if response.status in REDIRECTS and location:
                    hop = urljoin(hop, location)
                    continue
                etag = response.getheader("ETag") or ""
                if response.status == 304 and conditional:
                    return Fetched(b"", etag, not_modified=True)
                if not 200 <= response.status < 300:
                    raise Problem(f"the server answered HTTP {response.status} {response.reason}")
                body = read_body(response, limit_mb)
            finally:
                connection.close()
            clock.remaining()  # a read cut short by the deadline looks like the end
            return Fetched(body, etag)
        raise Problem(f"more than {MOST_REDIRECTS} redirects")
    except (DeadlinePassed, Problem, OSError, http.client.HTTPException, ValueError) as exc:
        raise SessionizeError(message(url, hop, exc, clock, timeout)) from None
    finally:
        clock.close()


def message(url: str, hop: str, exc: Exception, clock: Deadline, timeout: float) -> str:
    where = url if hop == url else f"{url} (redirected to {hop})"
    if isinstance(exc, DeadlinePassed) or clock.expired:
        return (
            f"{where}: not downloaded within {clock.seconds:g} seconds, "
            "the limit for URL imports (PODIUM_IMPORT_URL_DEADLINE)"
        )
    if isinstance(exc, TimeoutError):
        return f"{where}: no answer within {timeout:g} seconds"
    if isinstance(exc, Unreachable):
        return f"{where}: cannot reach the server ({exc})"
    if isinstance(exc, Problem):
        return f"{where}: {exc}"
    # Malformed URLs, resets in the middle of the body and the like.
    return f"{where}: cannot read the URL ({exc})"


def origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def send_request(hop: str, headers: dict, timeout: float, clock: Deadline, allow_private: bool):
    """A connection to the checked address of ``hop``, its GET request sent."""
    parts = urlsplit(hop)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise Problem("only http:// and https:// URLs can be read")
    if not parts.hostname:
        raise Problem("the URL names no host")
    port = parts.port or (443 if scheme == "https" else 80)
    try:
        targets = resolve(
            parts.hostname, port, timeout=clock.remaining(), allow_private=allow_private
        )
    except AddressRefused as exc:
        raise Problem(
            f"refused: {exc}; podium reads only from public addresses "
            "(unless --allow-private-addresses is given)"
        ) from None
    except ResolveFailed as exc:
        raise Unreachable(str(exc)) from None
    connection = PinnedConnection(
        parts.hostname, port, targets, timeout=min(timeout, clock.remaining()), clock=clock
    )
    if scheme == "https":
        connection.use_tls()
    path = parts.path or "/"
    connection.request("GET", f"{path}?{parts.query}" if parts.query else path, headers=headers)
    return connection


def read_body(response: http.client.HTTPResponse, limit_mb: int) -> bytes:
    limit = limit_mb * 2**20
    too_large = Problem(
        f"the response is larger than {limit_mb} MB, the import limit (PODIUM_IMPORT_MAX_MB)"
    )
    if (response.length or 0) > limit:
        raise too_large
    chunks, size = [], 0
    while chunk := response.read1(CHUNK):
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    if response.length:
        raise Problem(f"the connection closed {response.length} bytes before the response's end")
    return b"".join(chunks)


class PinnedConnection(http.client.HTTPConnection):
    """A connection to addresses resolved and checked beforehand, never to a new lookup."""

    def __init__(self, host: str, port: int, targets: list, *, timeout: float, clock: Deadline):
        super().__init__(host, port, timeout=timeout)
        self.targets = targets
        self.clock = clock
        self.tls: ssl.SSLContext | None = None

    def use_tls(self) -> None:
        self.tls = ssl.create_default_context()
        self.default_port = 443  # the Host header leaves out the scheme's own port

    def connect(self) -> None:
        failure = None
        for _, sockaddr in self.targets:
            try:
                sock = socket.create_connection(sockaddr[:2], self.timeout)
            except OSError as exc:
                failure = exc
                continue
            try:
                self.clock.watch(sock)
            except DeadlinePassed:
                sock.close()
                raise
            self.sock = self.tls.wrap_socket(sock, server_hostname=self.host) if self.tls else sock
            return
        raise Unreachable(failure.strerror or str(failure))
