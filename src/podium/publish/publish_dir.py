"""Published files for a static file server in front of podium (``PODIUM_PUBLISH_DIR``).

Each representation is written at its URL path plus an extension that names its type
(``api/v2/{id}/view/All.json``), with its ``.gz`` and ``.br`` beside it, as nginx's
``gzip_static`` and ``brotli_static`` look for them (docs/deploy.md). Every file is
written to a temporary name in its directory and renamed over the old one, so a reader
gets the old bytes or the new ones, never half of them. A manifest per event lists its
files: those it no longer publishes (a disabled endpoint, a view gone with a format
change) are removed.
"""

import os
import tempfile
from pathlib import Path

from django.conf import settings

# The types a static server can tell by extension; others are left to podium.
EXTENSIONS = {
    "application/json; charset=utf-8": "json",
    "application/xml; charset=utf-8": "xml",
    "text/calendar; charset=utf-8": "ics",
}
SUFFIXES = {"identity": "", "gzip": ".gz", "br": ".br"}


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".publishing-")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.chmod(temporary, 0o644)  # the static server runs as another user
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


class PublishDir:
    def __init__(self, root: Path):
        self.root = root

    @classmethod
    def configured(cls) -> "PublishDir | None":
        directory = settings.PODIUM_PUBLISH_DIR
        return cls(Path(directory)) if directory else None

    def publish(self, event_id: int, files: dict[str, tuple[str, dict]]) -> None:
        """Write ``{url path: (content type, entries)}`` and drop the event's other files."""
        written = []
        for url_path, (content_type, entries) in files.items():
            extension = EXTENSIONS.get(content_type)
            if extension is None:
                continue
            base = self.root / f"{url_path.lstrip('/')}.{extension}"
            # The compressed copies first: nginx prefers them once the plain file is new.
            for encoding in ("br", "gzip", "identity"):
                coding, body = entries[encoding]
                if encoding != "identity" and not coding:
                    continue  # too small to compress: only the plain file
                target = Path(f"{base}{SUFFIXES[encoding]}")
                write_atomically(target, body)
                written.append(target.relative_to(self.root).as_posix())
        manifest = self.root / ".events" / str(event_id)
        if manifest.exists():
            for stale in set(manifest.read_text().split()) - set(written):
                (self.root / stale).unlink(missing_ok=True)
        write_atomically(manifest, "\n".join(sorted(written)).encode())
