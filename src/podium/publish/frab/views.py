"""frab schedules of any endpoint: ``/api/v2/{id}/frab/schedule.json`` and ``.xml``.

Same inclusion rules and custom fields as the endpoint's All view, whatever the
endpoint's own format, and the same cache, ETag, CORS and error rules as the views.
"""

from django.http import HttpRequest, HttpResponse

from podium.publish.builders import build_view
from podium.publish.frab.build import NoSchedule, build_frab
from podium.publish.frab.xml import JSON_CONTENT_TYPE, XML_CONTENT_TYPE, frab_json, frab_xml
from podium.publish.http import cached_response, json_error, public_api
from podium.publish.renderers.base import RenderContext
from podium.publish.views import endpoint_not_found, published_endpoint

FORMATS = {"json": (JSON_CONTENT_TYPE, frab_json), "xml": (XML_CONTENT_TYPE, frab_xml)}


def render_frab(endpoint, fmt: str) -> bytes:
    """The frab schedule body of an endpoint (``fmt`` json or xml), without cache."""
    # The track is the Sessions view's grouping category when the endpoint has one.
    track = endpoint.group_by.public_id if endpoint.group_by_id else None
    frab = build_frab(
        build_view(endpoint, "All"), RenderContext.for_endpoint(endpoint), track_category=track
    )
    return FORMATS[fmt][1](frab)


@public_api
def frab_schedule(request: HttpRequest, endpoint_id: str, fmt: str) -> HttpResponse:
    endpoint = published_endpoint(endpoint_id)
    if endpoint is None:
        return endpoint_not_found(endpoint_id)
    content_type = FORMATS[fmt][0]
    try:
        return cached_response(
            request, endpoint, f"frab:{fmt}", content_type, lambda: render_frab(endpoint, fmt)
        )
    except NoSchedule as error:
        return json_error(404, f"no frab schedule: {error}")
