"""A frab schedule imported again updates the event in place: rows keep their identity."""

import json
import uuid

import pytest

from podium.importers.frab.write import import_frab
from podium.program import models as m
from podium.publish.frab.ids import DERIVED_BASE, DERIVED_SPAN
from tests.importers.frab import documents as d

pytestmark = pytest.mark.django_db

NEW = "5b7e2a54-8f6b-4f38-9d36-7f3d6a0c0099"


def raw(document: dict) -> bytes:
    return json.dumps(document).encode()


def rows(event) -> dict:
    return {
        "sessions": {s.frab_guid: (s.pk, s.public_id, s.title) for s in event.sessions.all()},
        "rooms": {r.name: (r.pk, r.public_id) for r in event.rooms.all()},
        "speakers": {s.full_name: (s.pk, s.public_id) for s in event.speakers.all()},
        "items": {i.name: (i.pk, i.public_id) for i in m.CategoryItem.objects.filter(event=event)},
    }


def test_frab_reimport_unchanged_changes_nothing():
    event = import_frab(raw(d.SCHEDULE), slug="democon").event
    before = rows(event)
    version = m.Event.objects.get(pk=event.pk).data_version

    again = import_frab(raw(d.SCHEDULE), slug="democon")

    assert (again.created, again.changes.created, again.changes.updated) == (False, 0, 0)
    assert again.changes.deleted == 0
    assert rows(event) == before
    assert m.Event.objects.get(pk=event.pk).data_version == version


def test_frab_reimport_finds_sessions_by_guid_when_ids_change():
    event = import_frab(raw(d.SCHEDULE), slug="democon").event
    before = rows(event)
    changed = d.schedule()
    keynote = d.events_of(changed)[1]
    keynote["id"], keynote["title"] = 99, "Keynote (moved)"
    changed["schedule"]["conference"]["rooms"].reverse()  # order only

    result = import_frab(raw(changed), slug="democon")

    after = rows(event)
    assert after["sessions"][d.KEYNOTE] == (
        before["sessions"][d.KEYNOTE][0],
        "12",
        "Keynote (moved)",
    )
    assert {k: v for k, v in after.items() if k != "sessions"} == {
        k: v for k, v in before.items() if k != "sessions"
    }
    assert (result.changes.created, result.changes.deleted) == (0, 0)


def test_frab_reimport_deletes_what_left_and_adds_what_came():
    event = import_frab(raw(d.SCHEDULE), slug="democon").event
    changed = d.schedule()
    day_two = changed["schedule"]["conference"]["days"][1]["rooms"]
    workshop = day_two["Hall B"].pop()
    workshop["guid"] = NEW
    workshop["id"] = 11  # taken by the opening: a number is derived from the GUID
    day_two["Hall C"] = [workshop]

    import_frab(raw(changed), slug="democon")

    assert sorted(event.sessions.values_list("public_id", "frab_guid", "room__name")) == [
        ("11", d.OPENING, "Hall A"),
        ("12", d.KEYNOTE, "Hall A"),
        ("13", d.LUNCH, "Hall B"),
        (str(DERIVED_BASE + uuid.UUID(NEW).int % DERIVED_SPAN), NEW, "Hall C"),
    ]
    assert list(event.rooms.values_list("public_id", "name")) == [
        (1, "Hall A"),
        (2, "Hall B"),
        (3, "Hall C"),
    ]
