"""schemathesis sends generated requests to every operation of the OpenAPI description.

Against the WSGI application in this process, with the demo event loaded: no answer may
be a server error, have an undocumented status, content type or headers, or a body
that violates its schema. The number of examples is bounded to keep the suite fast.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from podium.demo.loader import load_demo
from podium.publish.openapi import openapi_document

schema = schemathesis.openapi.from_dict(openapi_document())
# Requests go to the application in this process, inside each test's transaction.
schema.app = get_wsgi_application()


@pytest.fixture
def demo(db):
    """The demo event, and the test's database connection kept open across requests.

    Django closes its connection when a request ends; in a test that would end the
    test's transaction. Django's own test client keeps it open the same way.
    """
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield load_demo()
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_public_api_answers_every_generated_request_as_described(demo, case):
    # The in-process transport hands back bodies as sent and does not decode gzip.
    case.call_and_validate(headers={"Accept-Encoding": "identity"})
