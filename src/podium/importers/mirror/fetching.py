"""Fetch a mirror's source, asking first whether it changed since the last applied run.

A source that sends an ETag is asked with ``If-None-Match`` (one request, answered 304
when unchanged). Otherwise a Sessionize endpoint is asked for ``?hashonly=true``, a bare
hash of the view (one small request). A source that offers neither is downloaded in
full and compared by the digest of its bytes: then nothing is written either.
"""

import hashlib
import re
import urllib.parse
from dataclasses import dataclass

from django.conf import settings

from podium.importers.errors import SessionizeError
from podium.importers.fetch import Fetched, fetch_response
from podium.importers.pretalx import PretalxUrls
from podium.importers.source import TIMEOUT

HASH = re.compile(r"[0-9A-Za-z+/=_-]{8,128}")


@dataclass
class Download:
    """A source's main document, the Sessionize Speakers view, and their validators.

    ``same`` when the download holds the very bytes of the last applied run: only the
    validators are new then.
    """

    body: bytes
    speakers: bytes | None
    etag: str
    source_hash: str
    body_hash: str
    same: bool = False


def endpoint_base(url: str) -> str:
    """``https://host/api/v2/{id}/`` of an endpoint URL, or of one of its views."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SessionizeError(
            f"{url}: not a Sessionize endpoint URL like https://sessionize.com/api/v2/abcd1234/"
        )
    path = parts.path.split("/view/", 1)[0].rstrip("/")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, f"{path}/", "", ""))


def main_url(kind: str, url: str) -> str:
    if kind == "pretalx":
        return PretalxUrls.of(url).schedule
    return endpoint_base(url) + "view/All"


def get(mirror, url: str, headers: dict | None = None) -> Fetched:
    return fetch_response(
        url,
        limit_mb=settings.PODIUM_IMPORT_MAX_MB,
        timeout=TIMEOUT,
        deadline=settings.PODIUM_IMPORT_URL_DEADLINE,
        allow_private=mirror.allow_private,
        headers=headers or {},
    )


def fetch_changed(mirror, *, force: bool = False) -> Download | None:
    """The source's documents, or None when it says it has not changed since the last run.

    ``force`` downloads in full and returns the documents whatever the validators say.
    Raises :class:`SessionizeError` when the source cannot be read.
    """
    url = main_url(mirror.kind, mirror.url)
    source_hash = ""
    if mirror.etag and not force:
        main = get(mirror, url, {"If-None-Match": mirror.etag})
        if main.not_modified:
            return None
    else:
        if mirror.kind == "sessionize" and (mirror.source_hash or mirror.last_fetch_at is None):
            # Asked before the view itself: a change in between shows on the next run.
            source_hash = bare_hash(get(mirror, f"{url}?hashonly=true").body)
            if source_hash and source_hash == mirror.source_hash.lower() and not force:
                return None
        main = get(mirror, url)
    body_hash = hashlib.sha256(main.body).hexdigest()
    if body_hash == mirror.body_hash and not force:
        return Download(b"", None, main.etag, source_hash, body_hash, same=True)
    speakers = None
    if mirror.kind == "sessionize":
        try:
            speakers = get(mirror, endpoint_base(mirror.url) + "view/Speakers").body
        except SessionizeError as error:
            raise SessionizeError(f"Speakers view: {error}") from None
    return Download(main.body, speakers, main.etag, source_hash, body_hash)


def bare_hash(body: bytes) -> str:
    """The hash a ``hashonly`` request answered, or "" when the answer is something else."""
    text = body.decode("utf-8", "replace").strip().strip('"').strip()
    return text.lower() if HASH.fullmatch(text) else ""
