import pytest
from django.db import transaction

from podium.program.changes import program_changed
from podium.publish.cache import clear_endpoint
from tests.factories import EndpointFactory, EventFactory, RoomFactory, SessionFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def announced():
    event_ids = []

    def receive(sender, event_id, **kwargs):
        event_ids.append(event_id)

    program_changed.connect(receive)
    yield event_ids
    program_changed.disconnect(receive)


def test_program_changed_many_writes_in_one_transaction_announced_once(announced):
    event = EventFactory()
    announced.clear()
    with transaction.atomic():
        room = RoomFactory(event=event)
        for _ in range(5):
            SessionFactory(event=event, room=room)
        assert announced == []
    assert announced == [event.pk]


def test_program_changed_two_events_each_announced(announced):
    first, second = EventFactory(), EventFactory()
    announced.clear()
    with transaction.atomic():
        RoomFactory(event=first)
        RoomFactory(event=second)
    assert sorted(announced) == sorted([first.pk, second.pk])


def test_program_changed_rolled_back_write_announces_nothing(announced):
    event = EventFactory()
    announced.clear()
    with pytest.raises(RuntimeError), transaction.atomic():
        RoomFactory(event=event)
        raise RuntimeError("abandon")
    assert announced == []


def test_program_changed_endpoint_save_and_cache_clear_announced(announced):
    event = EventFactory()
    announced.clear()
    endpoint = EndpointFactory(event=event)
    clear_endpoint(endpoint)
    assert announced == [event.pk, event.pk]
