"""Every format of the demo event: XML valid and equal to JSON, iCal parses, frab valid."""

import icalendar
import pytest
import vobject

from podium.demo.loader import load_demo
from podium.publish.builders import BUILDERS, build_view
from podium.publish.models import Endpoint
from tests.publish.formats_setup import json_of
from tests.publish.frab.c3voc import assert_valid_json, assert_valid_xml
from tests.publish.renderers.xml_reader import from_xml

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    return load_demo()


@pytest.mark.parametrize("view", sorted(BUILDERS))
def test_demo_xml_view_validates_and_holds_json_data(client, demo, view):
    response = client.get(f"/api/v2/demoxml0/view/{view}")

    assert response.status_code == 200
    expected = json_of(Endpoint.objects.get(pk="demoxml0"), view)
    assert from_xml(response.content) == (view, expected)


@pytest.mark.parametrize("view", ["All", "Sessions"])
def test_demo_ical_view_parses_with_both_parsers(client, demo, view):
    body = client.get(f"/api/v2/demoical/view/{view}").content

    events = icalendar.Calendar.from_ical(body).walk("VEVENT")
    published = build_view(Endpoint.objects.get(pk="demoical"), "All")["sessions"]
    assert len(events) == len([s for s in published if s["startsAt"]])
    assert len(vobject.readOne(body.decode("utf-8")).vevent_list) == len(events)


@pytest.mark.parametrize("endpoint_id", ["demojson", "demoxml0", "demoical"])
def test_demo_frab_validates_against_c3voc(client, demo, endpoint_id):
    as_json = client.get(f"/api/v2/{endpoint_id}/frab/schedule.json")
    as_xml = client.get(f"/api/v2/{endpoint_id}/frab/schedule.xml")

    assert (as_json.status_code, as_xml.status_code) == (200, 200)
    assert_valid_json(as_json.content)
    assert_valid_xml(as_xml.content)


def test_demo_frab_guids_stable_across_reload(client, demo):
    before = client.get("/api/v2/demojson/frab/schedule.json").json()

    load_demo()

    after = client.get("/api/v2/demojson/frab/schedule.json").json()
    assert after["schedule"]["conference"]["days"] == before["schedule"]["conference"]["days"]
