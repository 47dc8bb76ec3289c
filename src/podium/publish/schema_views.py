"""``GET /api/v2/schema.xsd`` and ``/api/v2/openapi.json``: descriptions of the API.

Both change only with a new podium release, so they are served from memory with a
strong ETag of their bytes and a day of caching.
"""

import hashlib

from django.http import HttpRequest, HttpResponse

from podium.publish.http import cors, public_api
from podium.publish.negotiate import matching_tag
from podium.publish.openapi import openapi_bytes
from podium.publish.xml_schema import schema_bytes

MAX_AGE = 86400


@public_api
def schema_xsd(request: HttpRequest) -> HttpResponse:
    return static_document(request, schema_bytes(), "application/xml; charset=utf-8")


@public_api
def openapi_json(request: HttpRequest) -> HttpResponse:
    return static_document(request, openapi_bytes(), "application/json; charset=utf-8")


def static_document(request: HttpRequest, body: bytes, content_type: str) -> HttpResponse:
    tag = f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
    if matching_tag(request.headers.get("If-None-Match", ""), (tag,)):
        response = HttpResponse(status=304)
        del response["Content-Type"]  # no body, so no type
    else:
        response = HttpResponse(
            b"" if request.method == "HEAD" else body, content_type=content_type
        )
        response["Content-Length"] = str(len(body))
    response["ETag"] = tag
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return cors(response)
