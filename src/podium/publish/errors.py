"""Every error answer under ``/api/`` in JSON with CORS, as the views' own errors are.

Django answers an exception in a view, or a request refused before any view (a bad
Host header), with an HTML page and no CORS header: a browser script could not even
read its status. This middleware, first in the chain, turns those pages into the API's
``{"error": ...}`` bodies, and a database that cannot be reached into a 503 with
``Retry-After`` instead of a 500.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse

from podium.publish.http import json_error

logger = logging.getLogger("podium.api")

API_PREFIX = "/api/"
# A database restart or failover usually takes seconds.
RETRY_AFTER_SECONDS = 10


def is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith(API_PREFIX)


class ApiErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not is_api(request) or response.status_code < 400:
            return response
        if response.get("Content-Type", "").startswith("application/json"):
            return response  # the API's own error
        # Django's own page for an error it answered (it has logged the cause).
        return json_error(response.status_code, response.reason_phrase.lower())

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not is_api(request) or not isinstance(exception, OperationalError | InterfaceError):
            return None  # Django logs it and answers 500, made JSON above
        logger.error("database unreachable, answering %s with 503: %s", request.path, exception)
        response = json_error(503, "the database cannot be reached: try again later")
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
