"""Read an import's input from a file or an http(s) URL, within the import limits."""

import os
from pathlib import Path

from django.conf import settings

from podium.importers.errors import SessionizeError
from podium.importers.fetch import fetch_url

TIMEOUT = 30  # seconds to connect and between received bytes


def read_source(
    path_or_url: str,
    *,
    allow_private: bool = False,
    timeout: float = TIMEOUT,
    deadline: float | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    """The bytes of a local file or of an http(s) URL's response body.

    A URL must be on a public address unless ``allow_private``, and download within
    ``deadline`` seconds (default ``PODIUM_IMPORT_URL_DEADLINE``). ``headers`` are sent
    with a URL's request (an API token, say), and after a redirect only to the same server.
    """
    limit_mb = settings.PODIUM_IMPORT_MAX_MB
    scheme = path_or_url.split("://", 1)[0].lower() if "://" in path_or_url else ""
    if scheme in ("http", "https"):
        return fetch_url(
            path_or_url,
            limit_mb=limit_mb,
            timeout=timeout,
            deadline=deadline or settings.PODIUM_IMPORT_URL_DEADLINE,
            allow_private=allow_private,
            headers=headers or {},
        )
    if scheme:
        raise SessionizeError(f"{path_or_url}: only http:// and https:// URLs can be read")
    return read_file(Path(path_or_url), limit_mb)


def read_file(path: Path, limit_mb: int) -> bytes:
    """The file's bytes; reads at most one byte past the limit, whatever the file is."""
    limit = limit_mb * 2**20
    try:
        with path.open("rb") as file:
            # A regular file says its size; a device or pipe is read to the limit.
            size = os.fstat(file.fileno()).st_size
            body = b"" if size > limit else file.read(limit + 1)
    except FileNotFoundError:
        raise SessionizeError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SessionizeError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise SessionizeError(f"{path}: cannot read the file ({exc.strerror})") from None
    if size > limit or len(body) > limit:
        raise SessionizeError(
            f"{path}: the input is larger than {limit_mb} MB, "
            "the import limit (PODIUM_IMPORT_MAX_MB)"
        )
    return body
