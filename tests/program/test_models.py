import re

import pytest

from podium.program.models import Event, Session
from tests.factories import (
    CategoryItemFactory,
    EventFactory,
    RoomFactory,
    SessionFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db

GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def test_session_new_gets_numeric_string_id_above_existing():
    event = EventFactory()
    SessionFactory(event=event, public_id="1252943")
    fresh = SessionFactory(event=event)
    assert fresh.public_id == "1252944"


def test_service_session_new_gets_guid_id():
    session = SessionFactory(is_service_session=True)
    assert GUID.match(session.public_id)


def test_speaker_new_gets_guid_id():
    assert GUID.match(SpeakerFactory().public_id)


def test_room_ids_unique_per_event_not_globally():
    first, second = EventFactory(), EventFactory()
    assert RoomFactory(event=first, public_id=215).public_id == 215
    assert RoomFactory(event=second, public_id=215).public_id == 215
    assert RoomFactory(event=first).public_id == 216


def test_category_item_takes_event_of_category():
    item = CategoryItemFactory()
    assert item.event_id == item.category.event_id


def test_event_data_version_changes_when_session_saved():
    session = SessionFactory()
    before = Event.objects.get(pk=session.event_id).data_version
    session.title = "Renamed"
    session.save()
    assert Event.objects.get(pk=session.event_id).data_version != before


def test_event_data_version_changes_when_speaker_added_to_session():
    session = SessionFactory()
    speaker = SpeakerFactory(event=session.event)
    before = Event.objects.get(pk=session.event_id).data_version
    session.speakers.add(speaker)
    assert Event.objects.get(pk=session.event_id).data_version != before


def test_event_data_version_changes_when_session_deleted():
    session = SessionFactory()
    before = Event.objects.get(pk=session.event_id).data_version
    Session.objects.filter(pk=session.pk).delete()
    assert Event.objects.get(pk=session.event_id).data_version != before
