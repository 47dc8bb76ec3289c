"""Read an import's input from a file or an http(s) URL."""

import urllib.error
import urllib.request
from pathlib import Path

import podium
from podium.importers.errors import SessionizeError

TIMEOUT = 30  # seconds to connect and between received bytes
LIMIT = 256 * 1024 * 1024  # far above any real program; stops a runaway download


def read_source(
    path_or_url: str, *, timeout: float = TIMEOUT, headers: dict[str, str] | None = None
) -> bytes:
    """The bytes of a local file or of an http(s) URL's response body.

    ``headers`` are sent with a URL's request (an API token, say).
    """
    scheme = path_or_url.split("://", 1)[0].lower() if "://" in path_or_url else ""
    if scheme in ("http", "https"):
        return read_url(path_or_url, timeout, headers or {})
    if scheme:
        raise SessionizeError(f"{path_or_url}: only http:// and https:// URLs can be read")
    return read_file(Path(path_or_url))


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SessionizeError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SessionizeError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise SessionizeError(f"{path}: cannot read the file ({exc.strerror})") from None


def read_url(url: str, timeout: float, headers: dict[str, str]) -> bytes:
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"podium/{podium.__version__}",
            "Accept": "application/json",
            **headers,
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(LIMIT + 1)
    except urllib.error.HTTPError as exc:
        raise SessionizeError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise SessionizeError(f"{url}: cannot reach the server ({reason(exc.reason)})") from None
    except TimeoutError:
        raise SessionizeError(f"{url}: no answer within {timeout:g} seconds") from None
    except (OSError, ValueError) as exc:
        # Malformed URLs, resets in the middle of the body and the like.
        raise SessionizeError(f"{url}: cannot read the URL ({exc})") from None
    if len(body) > LIMIT:
        raise SessionizeError(f"{url}: the response is larger than {LIMIT // 2**20} MB")
    return body


def reason(value: object) -> str:
    if isinstance(value, OSError) and value.strerror:
        return value.strerror
    return str(value)
