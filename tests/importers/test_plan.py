"""Imports plan before they write, and notice when the plan went stale meanwhile."""

import pytest
from django.db import connection, transaction

from podium.importers.sessionize import parse_all
from podium.importers.writer import import_sessionize, plan_import
from podium.program import models as m
from tests.factories import EventFactory, RoomFactory
from tests.importers.payloads import PROGRAM_MODELS, current, encode

pytestmark = pytest.mark.django_db


def planned(slug: str):
    return plan_import(parse_all(encode(current())), slug, None, None)


def test_plan_new_event_writes_nothing():
    target = planned("conf")
    assert [model.objects.count() for model in PROGRAM_MODELS] == [0] * len(PROGRAM_MODELS)
    assert (target.result.created, target.plan.changes.created > 0) == (True, True)


def test_plan_applied_creates_event_with_planned_pk():
    target = planned("conf")
    with transaction.atomic():
        assert target.still_current() is True
        result = target.write()
    assert m.Event.objects.get(slug="conf").pk == target.event.pk == result.event.pk
    assert m.Session.objects.filter(event=result.event).count() == len(current()["sessions"])


def test_plan_stale_after_event_changed():
    import_sessionize(encode(current()), slug="conf")
    target = planned("conf")
    m.Event.objects.get(slug="conf").touch()  # e.g. a console save in between
    with transaction.atomic():
        assert target.still_current() is False


def test_plan_stale_after_same_slug_created():
    target = planned("conf")
    EventFactory(slug="conf")
    with transaction.atomic():
        assert target.still_current() is False


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="PostgreSQL hands out ids from its sequences"
)
def test_plan_stale_after_planned_id_taken_on_sqlite():
    target = planned("conf")
    RoomFactory(pk=target.plan.first_ids[m.Room])  # another writer got that far
    with transaction.atomic():
        assert target.still_current() is False


def test_import_unchanged_file_again_changes_nothing():
    first = import_sessionize(encode(current()), slug="conf")
    again = import_sessionize(encode(current()), slug="conf")
    assert (again.changes.created, again.changes.updated, again.changes.deleted) == (0, 0, 0)
    assert again.event.data_version == first.event.data_version
