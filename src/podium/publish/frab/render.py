"""Render an endpoint's frab schedule to bytes, without any cache (HTTP and CLI share it)."""

from podium.program.queries.frab_guids import kept_frab_guids
from podium.publish.builders import collector_paused
from podium.publish.frab.build import build_frab
from podium.publish.frab.xml import JSON_CONTENT_TYPE, XML_CONTENT_TYPE, frab_json, frab_xml
from podium.publish.records import publication_of

FORMATS = {"json": (JSON_CONTENT_TYPE, frab_json), "xml": (XML_CONTENT_TYPE, frab_xml)}
# The file names under /api/v2/{id}/frab/, which `podium render` also accepts.
FILES = {f"frab/schedule.{fmt}": fmt for fmt in FORMATS}


def render_frab(endpoint, fmt: str) -> bytes:
    """The frab schedule body of an endpoint (``fmt`` json or xml), without cache."""
    with collector_paused():
        publication = publication_of(endpoint)
        frab = build_frab(publication, guids=kept_frab_guids(endpoint.event_id))
        return FORMATS[fmt][1](frab)
