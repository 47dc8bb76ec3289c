"""``GET /api/v2/schema.xsd``: the XML Schema of the XML format."""

import hashlib

from django.http import HttpRequest, HttpResponse

from podium.publish.http import cors, public_api
from podium.publish.negotiate import matching_tag
from podium.publish.xml_schema import schema_bytes

CONTENT_TYPE = "application/xml; charset=utf-8"
# The schema changes only with a new podium release.
MAX_AGE = 86400


@public_api
def schema_xsd(request: HttpRequest) -> HttpResponse:
    body = schema_bytes()
    tag = f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
    if matching_tag(request.headers.get("If-None-Match", ""), (tag,)):
        response = HttpResponse(status=304)
        del response["Content-Type"]  # no body, so no type
    else:
        response = HttpResponse(
            b"" if request.method == "HEAD" else body, content_type=CONTENT_TYPE
        )
        response["Content-Length"] = str(len(body))
    response["ETag"] = tag
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return cors(response)
