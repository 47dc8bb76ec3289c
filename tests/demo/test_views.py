"""The demo event published through the builders, as the demo endpoints serve it."""

import json

import pytest

from podium.demo.loader import demo_bytes, load_demo
from podium.publish.builders import build_view
from podium.publish.models.endpoint import Endpoint

pytestmark = pytest.mark.django_db


def wire(value) -> str:
    """Text that differs whenever a value, a list order or a key order differs."""
    return json.dumps(value, ensure_ascii=False, indent=1)


def test_demo_all_view_with_every_accepted_session_equals_the_file():
    load_demo()
    endpoint = Endpoint.objects.get(id="demojson")
    endpoint.include_sessions = "accepted"
    endpoint.save()

    assert wire(build_view(endpoint, "All")) == wire(json.loads(demo_bytes()))


def test_demojson_all_view_leaves_out_the_uninformed_session_and_its_speaker():
    load_demo()

    data = build_view(Endpoint.objects.get(id="demojson"), "All")

    assert len(data["sessions"]) == 42
    assert len(data["speakers"]) == 31
    titles = {session["title"] for session in data["sessions"]}
    assert "Time Zones Are Hard: Scheduling Software Across DST Changes" not in titles
    assert "Ulrich Brenner" not in {speaker["fullName"] for speaker in data["speakers"]}
    assert data["sessions"][-1]["startsAt"] is None
    assert [len(data["questions"]), len(data["categories"]), len(data["rooms"])] == [6, 5, 5]


def test_demojson_grid_has_three_days_with_plenum_keynotes():
    load_demo()

    days = build_view(Endpoint.objects.get(id="demojson"), "GridSmart")

    assert [day["date"] for day in days] == [
        "2027-10-29T00:00:00",
        "2027-10-30T00:00:00",
        "2027-10-31T00:00:00",
    ]
    main_hall = [room for room in days[0]["rooms"] if room["name"] == "Main Hall"][0]
    plenum = [s["title"] for s in main_hall["sessions"] if s["isPlenumSession"]]
    assert plenum == [
        "Welcome to Harbour Open Source Days 2027",
        "The Long Tail of Maintenance: Who Keeps the Lights On?",
    ]
