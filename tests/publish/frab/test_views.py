"""The frab URLs of endpoints of any format, on events imported from the real captures."""

import json

import pytest

from podium.importers.writer import import_sessionize
from tests.conftest import shared_path
from tests.publish.formats_setup import endpoint_of, import_capture
from tests.publish.frab.c3voc import assert_valid_json, assert_valid_xml

pytestmark = pytest.mark.django_db


def guids(body: bytes) -> dict[str, str]:
    """frab event id -> guid."""
    days = json.loads(body)["schedule"]["conference"]["days"]
    return {
        f"{event['id']}": event["guid"]
        for day in days
        for events in day["rooms"].values()
        for event in events
    }


@pytest.mark.parametrize("folder", ["scottish-summit-2026", "global-azure-linz-2024"])
@pytest.mark.parametrize("fmt", ["json", "xml", "ical"])
def test_frab_urls_validate_for_endpoint_of_any_format(client, folder, fmt):
    endpoint = endpoint_of(import_capture(folder), fmt)

    as_json = client.get(f"/api/v2/{endpoint.id}/frab/schedule.json")
    as_xml = client.get(f"/api/v2/{endpoint.id}/frab/schedule.xml")

    assert (as_json.status_code, as_xml.status_code) == (200, 200)
    assert as_json["Content-Type"] == "application/json; charset=utf-8"
    assert as_xml["Content-Type"] == "application/xml; charset=utf-8"
    assert as_json["Access-Control-Allow-Origin"] == "*"
    assert_valid_json(as_json.content)
    assert_valid_xml(as_xml.content)


def test_frab_guids_stable_across_reimport(client):
    event = import_capture("scottish-summit-2026")
    endpoint = endpoint_of(event)
    before = guids(client.get(f"/api/v2/{endpoint.id}/frab/schedule.json").content)

    # The same program again, sessions listed in the opposite order.
    raw = json.loads(shared_path("fixtures/sessionize/scottish-summit-2026/All.json").read_bytes())
    raw["sessions"].reverse()
    import_sessionize(json.dumps(raw).encode(), slug="scottish-summit-2026")
    after = guids(client.get(f"/api/v2/{endpoint.id}/frab/schedule.json").content)

    assert after == before
    assert len(before) == event.sessions.exclude(starts_at=None).count()


def test_frab_answers_304_on_etag(client):
    endpoint = endpoint_of(import_capture("global-azure-linz-2024"))
    first = client.get(f"/api/v2/{endpoint.id}/frab/schedule.xml")

    again = client.get(f"/api/v2/{endpoint.id}/frab/schedule.xml", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304


def test_frab_track_follows_endpoint_grouping(client):
    event = import_capture("scottish-summit-2026")
    level = event.categories.get(title="What level is your session aimed at?")
    endpoint = endpoint_of(event, group_by=level)

    body = client.get(f"/api/v2/{endpoint.id}/frab/schedule.json").json()

    tracks = body["schedule"]["conference"]["tracks"]
    assert [t["name"] for t in tracks] == [item.name for item in level.items.order_by("sort")]


def test_frab_hidden_schedule_answers_404(client):
    event = import_capture("global-azure-linz-2024")
    event.schedule_announced = False
    event.save()
    endpoint = endpoint_of(event)

    response = client.get(f"/api/v2/{endpoint.id}/frab/schedule.json")

    assert response.status_code == 404
    assert response.json() == {
        "error": "no frab schedule: event 'global-azure-linz-2024' has no scheduled session "
        "to publish"
    }


def test_frab_unknown_or_disabled_endpoint_answers_404(client):
    endpoint = endpoint_of(import_capture("global-azure-linz-2024"), enabled=False)

    for endpoint_id in (endpoint.id, "nosuchendpoint"):
        response = client.get(f"/api/v2/{endpoint_id}/frab/schedule.xml")
        assert response.status_code == 404
        assert response.json() == {"error": f"no published endpoint with id {endpoint_id!r}"}


def test_frab_refuses_post(client):
    endpoint = endpoint_of(import_capture("global-azure-linz-2024"))

    assert client.post(f"/api/v2/{endpoint.id}/frab/schedule.json").status_code == 405
