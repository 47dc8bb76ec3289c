"""frab schedules imported into events: what each part becomes, and re-imports in place."""

import json
import uuid

import pytest

from podium.importers.frab.write import import_frab
from podium.program import models as m
from tests.importers.frab import documents as d
from tests.publish.formats_setup import endpoint_of
from tests.publish.frab.c3voc import assert_valid_json, assert_valid_xml

pytestmark = pytest.mark.django_db

# A person without a GUID gets one derived from their pretalx code.
BOB = str(uuid.uuid5(uuid.NAMESPACE_URL, "podium:frab-person/code/BOB456"))


def raw(document: dict) -> bytes:
    return json.dumps(document).encode()


def sessions(event) -> list[tuple]:
    return [
        (
            s.public_id,
            s.frab_guid,
            s.title,
            s.starts_at.isoformat(),
            s.ends_at.isoformat(),
            s.room.name,
            s.is_service_session,
            s.description,
        )
        for s in event.sessions.order_by("starts_at")
    ]


def custom_fields(event) -> dict:
    chosen = {
        s.title: [
            (i.item.category.title, i.item.name) for i in m.SessionItem.objects.filter(session=s)
        ]
        for s in event.sessions.order_by("starts_at")
    }
    answers = {
        (a.session.title, a.question.question, a.question.question_type): a.value
        for a in m.SessionAnswer.objects.filter(session__event=event)
    }
    return {"items": chosen, "answers": answers}


def test_frab_fixture_is_valid_c3voc():
    assert_valid_json(raw(d.SCHEDULE))


def test_frab_import_maps_rooms_sessions_and_times():
    result = import_frab(raw(d.SCHEDULE), slug="democon")

    event = result.event
    assert (event.name, event.time_zone, event.schedule_announced) == (
        "Demo Conference 2027",
        "Europe/Berlin",
        True,
    )
    assert [(r.public_id, r.name, r.sort, r.frab_guid) for r in event.rooms.all()] == [
        (1, "Hall A", 0, d.HALL_A),
        (2, "Hall B", 1, d.HALL_B),
    ]
    assert sessions(event) == [
        ("11", d.OPENING, "Opening", "2027-05-12T07:00:00+00:00", "2027-05-12T07:30:00+00:00",
         "Hall A", False, "About Opening."),
        ("12", d.KEYNOTE, "Keynote", "2027-05-12T08:00:00+00:00", "2027-05-12T09:00:00+00:00",
         "Hall A", False, "About Keynote."),
        ("13", d.LUNCH, "Lunch", "2027-05-12T10:00:00+00:00", "2027-05-12T11:00:00+00:00",
         "Hall B", True, None),
        ("14", d.WORKSHOP, "Workshop", "2027-05-13T07:00:00+00:00", "2027-05-13T09:00:00+00:00",
         "Hall B", False, "About Workshop."),
    ]  # fmt: skip
    assert result.summary() == (
        "Created event 'democon' (time zone Europe/Berlin): 4 sessions, 2 speakers, 2 rooms, "
        "4 categories, 3 questions; 40 rows created, 0 updated, 0 deleted."
    )


def test_frab_import_maps_tracks_types_languages_and_texts_to_custom_fields():
    event = import_frab(raw(d.SCHEDULE), slug="democon").event

    assert [
        (c.public_id, c.title, c.type, [(i.public_id, i.name) for i in c.items.all()])
        for c in event.categories.all()
    ] == [
        (1, "Track", "session", [(1, "Science"), (2, "Art")]),
        (2, "Type", "session", [(3, "Talk"), (4, "other"), (5, "Workshop")]),
        (3, "Language", "session", [(6, "en"), (7, "de")]),
        (4, "Recording", "session", [(8, "Not recorded")]),
    ]
    assert custom_fields(event) == {
        "items": {
            "Opening": [("Track", "Science"), ("Type", "Talk"), ("Language", "en"),
                        ("Recording", "Not recorded")],
            "Keynote": [("Track", "Art"), ("Type", "Talk"), ("Language", "de")],
            "Lunch": [("Type", "other")],
            "Workshop": [("Type", "Workshop"), ("Language", "en")],
        },
        "answers": {
            ("Opening", "Subtitle", "Short_Text"): "Welcome",
            ("Opening", "Links", "Long_Text"): "Slides: https://example.org/slides",
            ("Keynote", "Description", "Long_Text"): "The long story.",
        },
    }  # fmt: skip


def test_frab_import_makes_each_person_one_speaker():
    event = import_frab(raw(d.SCHEDULE), slug="democon").event

    speakers = [
        (
            s.public_id,
            s.first_name,
            s.last_name,
            s.bio,
            s.profile_picture,
            [x.session.public_id for x in m.SessionSpeaker.objects.filter(speaker=s)],
        )
        for s in event.speakers.order_by("first_name")
    ]
    assert speakers == [
        (d.ADA, "Ada", "Lovelace", "Ada Lovelace writes software.",
         "https://pretalx.example.org/media/avatars/ADA123.png", ["11", "12"]),
        (BOB, "Bob de", "Vries", "Bob de Vries writes software.",
         "https://pretalx.example.org/media/avatars/BOB456.png", ["12", "14"]),
    ]  # fmt: skip
    keynote = event.sessions.get(public_id="12")
    assert [x.speaker.full_name for x in m.SessionSpeaker.objects.filter(session=keynote)] == [
        "Bob de Vries",
        "Ada Lovelace",
    ]


def test_frab_import_exports_again_with_the_schedule_guids(client):
    event = import_frab(raw(d.SCHEDULE), slug="democon").event
    endpoint = endpoint_of(event)

    as_json = client.get(f"/api/v2/{endpoint.id}/frab/schedule.json").content
    assert_valid_json(as_json)
    assert_valid_xml(client.get(f"/api/v2/{endpoint.id}/frab/schedule.xml").content)
    conference = json.loads(as_json)["schedule"]["conference"]
    assert [(r["name"], r["guid"]) for r in conference["rooms"]] == [
        ("Hall A", d.HALL_A),
        ("Hall B", d.HALL_B),
    ]
    assert [(e["guid"], e["id"], e["track"]) for e in d.events_of(json.loads(as_json))] == [
        (d.OPENING, 11, "Science"),
        (d.KEYNOTE, 12, "Art"),
        (d.LUNCH, 13, None),
        (d.WORKSHOP, 14, None),
    ]


def test_frab_import_keeps_person_links_as_speaker_links():
    document = d.schedule()
    d.events_of(document)[0]["persons"][0]["links"] = [
        {"url": "https://ada.example/notes", "type": "blog"},
        {"url": "https://ada.example/", "title": "Home page", "type": "web"},
    ]
    assert_valid_json(raw(document))

    event = import_frab(raw(document), slug="democon").event

    ada = event.speakers.get(public_id=d.ADA)
    assert list(ada.links.values_list("position", "title", "url", "link_type")) == [
        (0, "Blog", "https://ada.example/notes", "Blog"),
        (1, "Home page", "https://ada.example/", "Other"),
    ]


def test_frab_import_reads_frab_persons_by_id_and_public_name():
    document = d.schedule()
    d.events_of(document)[3]["persons"] = [{"id": 42, "public_name": "Grace Hopper"}]
    assert_valid_json(raw(document))

    event = import_frab(raw(document), slug="democon").event

    workshop = event.sessions.get(public_id="14")
    assert [(s.public_id, s.full_name) for s in workshop.speakers.all()] == [
        (str(uuid.uuid5(uuid.NAMESPACE_URL, "podium:frab-person/id/42")), "Grace Hopper")
    ]
