"""Render an endpoint's frab schedule to bytes, without any cache (HTTP and CLI share it)."""

from podium.program.queries.frab_guids import kept_frab_guids
from podium.publish.builders import build_view
from podium.publish.frab.build import build_frab
from podium.publish.frab.xml import JSON_CONTENT_TYPE, XML_CONTENT_TYPE, frab_json, frab_xml
from podium.publish.renderers.base import RenderContext

FORMATS = {"json": (JSON_CONTENT_TYPE, frab_json), "xml": (XML_CONTENT_TYPE, frab_xml)}
# The file names under /api/v2/{id}/frab/, which `podium render` also accepts.
FILES = {f"frab/schedule.{fmt}": fmt for fmt in FORMATS}


def render_frab(endpoint, fmt: str) -> bytes:
    """The frab schedule body of an endpoint (``fmt`` json or xml), without cache."""
    # The track is the Sessions view's grouping category when the endpoint has one.
    track = endpoint.group_by.public_id if endpoint.group_by_id else None
    frab = build_frab(
        build_view(endpoint, "All"),
        RenderContext.for_endpoint(endpoint),
        track_category=track,
        guids=kept_frab_guids(endpoint.event_id),
    )
    return FORMATS[fmt][1](frab)
