"""schedule.xml files (the c3voc XSD's form) import as their JSON form does."""

import pytest

from podium.importers.frab.write import import_frab
from podium.program import models as m
from tests.publish.frab.c3voc import assert_valid_xml

pytestmark = pytest.mark.django_db

TALK = "3c1f7a10-5e2d-4b8a-9c3e-000000000001"
ROOM = "3c1f7a10-5e2d-4b8a-9c3e-0000000000aa"
XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <generator name="frab" version="1.0"/>
  <version>7</version>
  <conference>
    <title>Camp 2027</title>
    <acronym>camp2027</acronym>
    <start>2027-08-04</start>
    <end>2027-08-04</end>
    <days>1</days>
    <timeslot_duration>00:15</timeslot_duration>
    <time_zone_name>Europe/Berlin</time_zone_name>
    <track name="Hardware"/>
  </conference>
  <day index="1" date="2027-08-04"
       start="2027-08-04T10:00:00+02:00" end="2027-08-04T23:00:00+02:00">
    <room name="Milliways" guid="{ROOM}">
      <event id="4711" guid="{TALK}">
        <room>Milliways</room>
        <title>Soldering for Everyone</title>
        <subtitle>Bring a board</subtitle>
        <type>workshop</type>
        <date>2027-08-04T14:00:00+02:00</date>
        <start>14:00</start>
        <duration>01:30</duration>
        <abstract>Learn to solder.</abstract>
        <slug>camp2027-4711-soldering</slug>
        <track>Hardware</track>
        <persons><person id="42">Grace Hopper</person></persons>
        <language>en</language>
        <description>All the details.</description>
        <recording><license>CC BY 4.0</license><optout>true</optout></recording>
        <links><link href="https://example.org/kit">Kit list</link></links>
      </event>
    </room>
  </day>
</schedule>
""".encode()


def test_frab_xml_fixture_is_valid_c3voc():
    assert_valid_xml(XML.split(b"?>", 1)[1].strip())


def test_frab_xml_import_maps_event_person_and_fields():
    event = import_frab(XML, slug="camp").event

    session = event.sessions.get()
    assert (session.public_id, session.frab_guid, session.title, session.description) == (
        "4711",
        TALK,
        "Soldering for Everyone",
        "Learn to solder.",
    )
    assert (session.starts_at.isoformat(), session.ends_at.isoformat()) == (
        "2027-08-04T12:00:00+00:00",
        "2027-08-04T13:30:00+00:00",
    )
    assert list(event.rooms.values_list("name", "frab_guid")) == [("Milliways", ROOM)]
    assert [s.full_name for s in session.speakers.all()] == ["Grace Hopper"]
    assert [
        (i.item.category.title, i.item.name) for i in m.SessionItem.objects.filter(session=session)
    ] == [
        ("Track", "Hardware"),
        ("Type", "workshop"),
        ("Language", "en"),
        ("Recording", "Not recorded"),
    ]
    assert {a.question.question: a.value for a in session.answers.all()} == {
        "Subtitle": "Bring a board",
        "Description": "All the details.",
        "Links": "Kit list: https://example.org/kit",
        "Recording license": "CC BY 4.0",
    }
