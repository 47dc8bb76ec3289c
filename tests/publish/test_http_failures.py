"""Errors nobody planned for, under /api/: still JSON with CORS, never Django's HTML page."""

import orjson
import pytest
from django.test import Client

from podium.publish.renderers import RENDERERS
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db


class BrokenRenderer:
    """Stands for any bug in a renderer."""

    def __getattr__(self, name):
        raise RuntimeError("broken renderer")


def test_get_view_raising_answers_json_500(endpoint, monkeypatch):
    monkeypatch.setitem(RENDERERS, "json", BrokenRenderer())
    response = Client(raise_request_exception=False).get(view_url(endpoint.id, "All"))
    assert (response.status_code, orjson.loads(response.content)) == (
        500,
        {"error": "internal server error"},
    )
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cache-Control"] == "no-store"


def test_get_with_unknown_host_answers_json_400(endpoint):
    response = Client(HTTP_HOST="elsewhere.example").get(view_url(endpoint.id, "All"))
    assert (response.status_code, orjson.loads(response.content)) == (
        400,
        {"error": "bad request"},
    )
    assert response["Access-Control-Allow-Origin"] == "*"


def test_console_error_pages_stay_html(db):
    response = Client(HTTP_HOST="elsewhere.example").get("/console/login/")
    assert (response.status_code, response["Content-Type"]) == (400, "text/html; charset=utf-8")
