"""The public read API: ``GET /api/v2/{endpointId}/view/{View}``."""

from django.http import HttpRequest, HttpResponse

from podium.embeds.views import fragment_response, wants_fragment
from podium.publish.http import cached_response, json_error, public_api
from podium.publish.lookup import published_endpoint
from podium.publish.render import (
    ViewNotFound,
    canonical_view,
    render_endpoint_view,
    renderer_for_view,
)


def endpoint_not_found(endpoint_id: str) -> HttpResponse:
    return json_error(404, f"no published endpoint with id {endpoint_id!r}")


@public_api
def endpoint_view(request: HttpRequest, endpoint_id: str, view: str) -> HttpResponse:
    try:
        view = canonical_view(view)
    except ViewNotFound as error:
        return json_error(404, str(error))
    endpoint = published_endpoint(endpoint_id)
    if endpoint is None:
        return endpoint_not_found(endpoint_id)
    try:
        renderer = renderer_for_view(endpoint, view)
    except ViewNotFound as error:
        return json_error(404, str(error))
    if endpoint.format == "embed" and wants_fragment(request):
        return fragment_response(request, endpoint, view)
    return cached_response(
        request,
        endpoint,
        f"view:{view}",
        renderer.content_type,
        lambda: render_endpoint_view(endpoint, view).body,
    )


@public_api
def not_found(request: HttpRequest, path: str) -> HttpResponse:
    """Any other address under the API answers 404 in JSON, like the views do."""
    return json_error(404, f"no API resource at {request.path!r}")
