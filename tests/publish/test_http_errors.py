"""404 and 405 answers of the public API: small JSON bodies a browser script can read."""

import orjson
import pytest

from podium.publish.models import Endpoint
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db


def assert_json_error(response, status: int, message: str) -> None:
    assert response.status_code == status
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cache-Control"] == "no-store"
    assert orjson.loads(response.content) == {"error": message}


def test_get_unknown_endpoint_answers_404(client, endpoint):
    response = client.get(view_url("nosuchid0", "All"))
    assert_json_error(response, 404, "no published endpoint with id 'nosuchid0'")


def test_get_disabled_endpoint_answers_404(client, endpoint):
    endpoint.enabled = False
    endpoint.save()
    response = client.get(view_url(endpoint.id, "All"))
    assert_json_error(response, 404, "no published endpoint with id 'confjson01'")


def test_get_reenabled_endpoint_answers_200(client, endpoint):
    Endpoint.objects.filter(pk=endpoint.pk).update(enabled=False)
    assert client.get(view_url(endpoint.id, "All")).status_code == 404
    endpoint.save()  # enabled again, from the instance
    assert client.get(view_url(endpoint.id, "All")).status_code == 200


def test_get_unknown_view_answers_404(client, endpoint):
    response = client.get(view_url(endpoint.id, "Rooms"))
    assert_json_error(
        response,
        404,
        "unknown view 'Rooms': use All, Sessions, Speakers, GridSmart (or GridTable), SpeakerWall",
    )


def test_get_view_not_answered_by_format_answers_404(client, event):
    endpoint = Endpoint.objects.create(event=event, id="confical01", format="ical")
    assert client.get(view_url(endpoint.id, "All")).status_code == 200
    response = client.get(view_url(endpoint.id, "Speakers"))
    assert_json_error(
        response,
        404,
        "view 'Speakers' is not available in the ical format of endpoint 'confical01' "
        "(it answers All, Sessions)",
    )


def test_get_other_api_address_answers_404(client, endpoint):
    response = client.get(f"/api/v2/{endpoint.id}/view/")
    assert_json_error(response, 404, f"no API resource at '/api/v2/{endpoint.id}/view/'")


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_write_method_answers_405(client, endpoint, method):
    response = getattr(client, method)(view_url(endpoint.id, "All"))
    assert_json_error(
        response, 405, f"method {method.upper()} is not allowed: use GET, HEAD or OPTIONS"
    )
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_post_with_csrf_checks_answers_405(endpoint):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(view_url(endpoint.id, "All"))
    assert response.status_code == 405
