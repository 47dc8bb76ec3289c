import pytest

from podium.importers.plan import WritePlan
from podium.importers.store import LEAVES, apply_plan
from podium.importers.sync import referred_from_outside, sync_rows
from podium.program import models as m
from tests.factories import EventFactory, RoomFactory

pytestmark = pytest.mark.django_db


def test_sync_rows_keeps_updates_creates_and_collects_stale():
    event = EventFactory()
    kept = RoomFactory(event=event, public_id=1, name="One", sort=0)
    same = RoomFactory(event=event, public_id=2, name="Two", sort=1)
    gone = RoomFactory(event=event, public_id=3, name="Three", sort=2)
    plan = WritePlan()
    wanted = {
        1: {"event_id": event.pk, "public_id": 1, "name": "First", "sort": 0},
        2: {"event_id": event.pk, "public_id": 2, "name": "Two", "sort": 1},
        4: {"event_id": event.pk, "public_id": 4, "name": "Four", "sort": 3},
    }
    rows = sync_rows(
        m.Room, m.Room.objects.filter(event=event), lambda r: r.public_id, wanted, plan
    )
    changes = plan.changes
    assert (rows[1].pk, rows[2].pk) == (kept.pk, same.pk)
    assert (changes.created, changes.updated, changes.stale) == (1, 1, [(m.Room, [gone.pk])])
    apply_plan(plan)
    assert list(m.Room.objects.filter(event=event).values_list("public_id", "name")) == [
        (1, "First"),
        (2, "Two"),
        (4, "Four"),
    ]
    assert changes.deleted == 1


def test_referred_from_outside_spots_endpoint_references():
    handled = set(LEAVES)
    assert referred_from_outside(m.Session, handled) is False
    assert referred_from_outside(m.Question, handled) is True  # endpoints expose questions
    assert referred_from_outside(m.Room, handled) is True  # until sessions are handled
    assert referred_from_outside(m.Room, handled | {m.Session}) is False
