"""POST one webhook message: public addresses only, within an overall deadline.

The host is resolved and checked once, and the connection goes to the checked
addresses (podium/importers/addresses.py), so a webhook URL cannot reach the machine
itself or its private network unless PODIUM_WEBHOOKS_ALLOW_PRIVATE is set. Redirects
are not followed: a receiver answers 2xx or the attempt failed.
"""

import http.client
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import podium
from podium.importers.addresses import AddressRefused, ResolveFailed, resolve
from podium.importers.deadline import Deadline, DeadlinePassed
from podium.importers.fetch import PinnedConnection, Unreachable

# What is read of a receiver's answer at most: it is not kept, only its status.
MOST_ANSWER_BYTES = 64 * 1024


@dataclass(frozen=True)
class Outcome:
    status: int | None  # the receiver's HTTP status, None when there was no answer
    error: str  # empty on success
    duration_ms: int

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a webhook URL, or None."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return "use an http:// or https:// URL"
    if not parts.hostname:
        return "the URL names no host"
    return None


def post(url: str, body: bytes, headers: dict, *, deadline: float, allow_private: bool):
    started = time.monotonic()
    clock = Deadline(deadline)
    try:
        status, error = send(url, body, headers, clock, allow_private), ""
        if not 200 <= status < 300:
            error = f"the receiver answered HTTP {status}"
    except (DeadlinePassed, TimeoutError):
        status, error = None, f"no answer within {deadline:g} seconds"
    except AddressRefused as exc:
        status = None
        error = f"refused: {exc} (PODIUM_WEBHOOKS_ALLOW_PRIVATE allows private addresses)"
    except (ResolveFailed, Unreachable) as exc:
        status, error = None, f"cannot reach the receiver ({exc})"
    except (OSError, http.client.HTTPException, ValueError) as exc:
        status, error = None, f"the connection failed ({exc or type(exc).__name__})"
    finally:
        clock.close()
    if clock.expired and status is None:
        # Shutting the socket down at the deadline shows up as any connection error.
        error = f"no answer within {deadline:g} seconds"
    return Outcome(status, error, round((time.monotonic() - started) * 1000))


def send(url: str, body: bytes, headers: dict, clock: Deadline, allow_private: bool) -> int:
    parts = urlsplit(url)
    problem = url_problem(url)
    if problem:
        raise ValueError(problem)
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    targets = resolve(parts.hostname, port, timeout=clock.remaining(), allow_private=allow_private)
    connection = PinnedConnection(
        parts.hostname, port, targets, timeout=clock.remaining(), clock=clock
    )
    if https:
        connection.use_tls()
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    all_headers = {
        "User-Agent": f"podium/{podium.__version__}",
        "Content-Type": "application/json",
        **headers,
    }
    try:
        connection.request("POST", path, body=body, headers=all_headers)
        response = connection.getresponse()
        response.read(MOST_ANSWER_BYTES)
        return response.status
    finally:
        connection.close()
