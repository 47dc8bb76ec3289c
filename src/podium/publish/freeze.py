"""Static copies of an endpoint: every view as files laid out like the API's URLs.

``frozen_files`` renders everything first (so an error writes nothing), then
``write_files`` puts each file in place atomically, so a static server reading the
directory meanwhile never serves half a file.
"""

import os
import tempfile
from pathlib import Path

from podium.publish.builders import VIEWS
from podium.publish.frab import NoSchedule
from podium.publish.frab.views import render_frab
from podium.publish.render import ALIAS_SPELLING, CANONICAL_VIEWS, render_endpoint_view
from podium.publish.renderers import RENDERERS

# Extensions for static hosts that choose the Content-Type by file name.
EXTENSIONS = {"json": ".json", "xml": ".xml", "ical": ".ics"}


def view_files(endpoint) -> dict[str, bytes]:
    """Relative path -> body for every view the endpoint's format answers."""
    renderer = RENDERERS[endpoint.format]
    base = f"api/v2/{endpoint.id}/view"
    extension = EXTENSIONS.get(endpoint.format, "")
    files = {}
    for view in CANONICAL_VIEWS:
        if view not in renderer.views:
            continue
        body = render_endpoint_view(endpoint, view).body
        files[f"{base}/{view}"] = body
        if extension:
            files[f"{base}/{view}{extension}"] = body
    for name, view in VIEWS.items():
        if name != view.lower() and view in renderer.views:
            files[f"{base}/{ALIAS_SPELLING.get(name, name)}"] = files[f"{base}/{view}"]
    return files


def frab_files(endpoint) -> dict[str, bytes]:
    """The frab schedule files, when the event has scheduled sessions."""
    base = f"api/v2/{endpoint.id}/frab"
    try:
        return {f"{base}/schedule.{fmt}": render_frab(endpoint, fmt) for fmt in ("json", "xml")}
    except NoSchedule:  # nothing scheduled yet: HTTP answers 404 there too
        return {}


def frozen_files(endpoint) -> dict[str, bytes]:
    return {**view_files(endpoint), **frab_files(endpoint)}


def write_files(root: Path, files: dict[str, bytes]) -> None:
    for relative, body in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".freeze-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(body)
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
