"""XML and iCalendar endpoints over HTTP, on events imported from the real captures."""

import hashlib
import io

import icalendar
import pytest
from django.core.management import call_command

from podium.publish.builders import BUILDERS
from podium.publish.xml_schema import schema_bytes
from tests.publish.formats_setup import endpoint_of, import_capture, json_of
from tests.publish.renderers.xml_reader import from_xml

pytestmark = pytest.mark.django_db


FOLDERS = ["scottish-summit-2026", "global-azure-linz-2024"]


@pytest.mark.parametrize("folder", FOLDERS)
def test_xml_endpoint_every_view_validates_and_holds_json_data(client, folder):
    endpoint = endpoint_of(import_capture(folder), "xml")

    for view in sorted(BUILDERS):
        response = client.get(f"/api/v2/{endpoint.id}/view/{view}")

        assert response.status_code == 200
        assert response["Content-Type"] == "application/xml; charset=utf-8"
        assert response["Access-Control-Allow-Origin"] == "*"
        expected = json_of(endpoint, view)
        assert from_xml(response.content) == (view, expected)


def test_xml_endpoint_answers_304_on_its_etag(client):
    endpoint = endpoint_of(import_capture("global-azure-linz-2024"), "xml")
    first = client.get(f"/api/v2/{endpoint.id}/view/Speakers")

    again = client.get(f"/api/v2/{endpoint.id}/view/speakers", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304


def test_ical_endpoint_all_and_sessions_hold_every_scheduled_session(client):
    event = import_capture("scottish-summit-2026")
    endpoint = endpoint_of(event, "ical")
    scheduled = event.sessions.exclude(starts_at=None).count()

    for view in ("All", "Sessions"):
        response = client.get(f"/api/v2/{endpoint.id}/view/{view}")

        assert response.status_code == 200
        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        calendar = icalendar.Calendar.from_ical(response.content)
        assert len(calendar.walk("VEVENT")) == scheduled
        assert str(calendar["X-WR-CALNAME"]) == event.name


def test_ical_endpoint_other_views_answer_404_with_message(client):
    endpoint = endpoint_of(import_capture("global-azure-linz-2024"), "ical")

    response = client.get(f"/api/v2/{endpoint.id}/view/Speakers")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "is not available in the ical format" in response.json()["error"]


def test_schema_xsd_is_served_with_cache_headers(client):
    response = client.get("/api/v2/schema.xsd")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert response.content == schema_bytes()
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["ETag"] == f'"{hashlib.blake2b(schema_bytes(), digest_size=16).hexdigest()}"'
    again = client.get("/api/v2/schema.xsd", HTTP_IF_NONE_MATCH=response["ETag"])
    assert (again.status_code, again.content, again.has_header("Content-Type")) == (304, b"", False)


def test_schema_xsd_refuses_post(client):
    assert client.post("/api/v2/schema.xsd").status_code == 405


@pytest.mark.parametrize(("fmt", "view"), [("xml", "GridSmart"), ("ical", "All")])
def test_render_command_writes_body_http_serves(client, fmt, view):
    endpoint = endpoint_of(import_capture("global-azure-linz-2024"), fmt)
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")

    call_command("render", endpoint.id, view, stdout=stdout)

    stdout.flush()
    assert stdout.buffer.getvalue() == client.get(f"/api/v2/{endpoint.id}/view/{view}").content
