"""frab schedules of any endpoint: ``/api/v2/{id}/frab/schedule.json`` and ``.xml``.

Same inclusion rules and custom fields as the endpoint's All view, whatever the
endpoint's own format, and the same cache, ETag, CORS and error rules as the views.
"""

from django.http import HttpRequest, HttpResponse

from podium.publish.frab.build import NoSchedule
from podium.publish.frab.render import FORMATS, render_frab
from podium.publish.http import cached_response, json_error, public_api
from podium.publish.lookup import published_endpoint
from podium.publish.views import endpoint_not_found


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
