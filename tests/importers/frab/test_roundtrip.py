"""podium's own frab export of the demo, imported into a new event, exports the same."""

import json

import pytest
from lxml import etree

from podium.demo.loader import DEMO_NAME, load_demo
from podium.importers.frab.write import import_frab
from tests.publish.formats_setup import endpoint_of, import_capture
from tests.publish.frab.c3voc import assert_valid_json, assert_valid_xml

pytestmark = pytest.mark.django_db

COPY = "harbour_copy"


def comparable_json(body: bytes, acronym: str) -> dict:
    document = json.loads(body)
    document["schedule"]["version"] = "-"
    conference = document["schedule"]["conference"]
    assert conference.pop("acronym") == acronym
    for day in conference["days"]:
        for events in day["rooms"].values():
            for event in events:
                assert event["slug"].startswith(f"{acronym}-")
                event["slug"] = event["slug"].removeprefix(acronym)
    return document


def comparable_xml(body: bytes, acronym: str) -> bytes:
    root = etree.fromstring(body)
    root.find("version").text = "-"
    acronym_element = root.find("conference/acronym")
    assert acronym_element.text == acronym
    acronym_element.text = "-"
    for slug in root.iterfind("day/room/event/slug"):
        assert slug.text.startswith(f"{acronym}-")
        slug.text = slug.text.removeprefix(acronym)
    return etree.tostring(root)


def exported(client, endpoint_id: str, fmt: str) -> bytes:
    response = client.get(f"/api/v2/{endpoint_id}/frab/schedule.{fmt}")
    assert response.status_code == 200
    return response.content


def test_frab_json_of_demo_round_trips_to_same_export(client):
    load_demo()
    original = exported(client, "demojson", "json")

    result = import_frab(original, slug=COPY)
    copy = exported(client, endpoint_of(result.event).id, "json")

    assert (result.created, result.event.name, result.event.time_zone) == (
        True,
        DEMO_NAME,
        "Europe/Copenhagen",
    )
    assert comparable_json(copy, COPY) == comparable_json(original, "demo")


def test_frab_xml_of_demo_round_trips_to_same_export(client):
    load_demo()
    original = exported(client, "demojson", "xml")

    result = import_frab(original, slug=COPY)
    copy = exported(client, endpoint_of(result.event).id, "xml")

    assert comparable_xml(copy, COPY) == comparable_xml(original, "demo")


@pytest.mark.parametrize("folder", ["scottish-summit-2026", "global-azure-linz-2024"])
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_frab_export_of_sessionize_capture_round_trips(client, folder, fmt):
    source = endpoint_of(import_capture(folder))
    original = exported(client, source.id, fmt)

    copy = exported(client, endpoint_of(import_frab(original, slug=COPY).event).id, fmt)

    if fmt == "json":
        assert_valid_json(copy)
        assert comparable_json(copy, COPY) == comparable_json(original, folder.replace("-", "_"))
    else:
        assert_valid_xml(copy)
        assert comparable_xml(copy, COPY) == comparable_xml(original, folder.replace("-", "_"))
