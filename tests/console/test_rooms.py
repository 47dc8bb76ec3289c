"""Deleting rooms asks first and says how many sessions lose their room."""

from django.urls import reverse

from podium.program.models import Room, Session
from tests.console.test_program import formset_data
from tests.factories import RoomFactory, SessionFactory


def deletion(keep: Room, gone: Room) -> dict:
    rows = [
        {"id": str(keep.pk), "name": "Renamed", "sort": "0"},
        {"id": str(gone.pk), "name": gone.name, "sort": "1", "DELETE": "on"},
    ]
    return formset_data("rooms", rows, initial=2)


def test_rooms_delete_asks_first_with_session_count(console, event):
    keep, gone = RoomFactory(event=event, name="Keep"), RoomFactory(event=event, name="Annex")
    SessionFactory.create_batch(2, event=event, room=gone)
    response = console.post(reverse("console:rooms", args=["conf"]), deletion(keep, gone))
    assert response.status_code == 200
    assert response.context["sessions"] == 2
    assert "“Annex”: 2 sessions lose their room" in response.content.decode()
    assert list(event.rooms.values_list("name", flat=True)) == ["Keep", "Annex"]


def test_rooms_delete_confirmed_saves_all(console, event):
    keep, gone = RoomFactory(event=event, name="Keep"), RoomFactory(event=event, name="Annex")
    session = SessionFactory(event=event, room=gone)
    data = {**deletion(keep, gone), "confirm-delete": "yes"}
    response = console.post(reverse("console:rooms", args=["conf"]), data)
    assert response.status_code == 302
    assert list(event.rooms.values_list("name", flat=True)) == ["Renamed"]
    assert Session.objects.get(pk=session.pk).room is None


def test_rooms_delete_confirmation_replays_the_form(console, event):
    keep, gone = RoomFactory(event=event, name="Keep"), RoomFactory(event=event, name="Annex")
    response = console.post(reverse("console:rooms", args=["conf"]), deletion(keep, gone))
    replay = dict(response.context["replay"])
    assert (replay["rooms-0-name"], replay["rooms-1-DELETE"], response.context["sessions"]) == (
        "Renamed",
        "on",
        0,
    )
    assert "No session is in this room." in response.content.decode()


def test_rooms_without_deletion_saved_at_once(console, event):
    keep = RoomFactory(event=event, name="Keep")
    rows = [{"id": str(keep.pk), "name": "Renamed", "sort": "0"}]
    response = console.post(
        reverse("console:rooms", args=["conf"]), formset_data("rooms", rows, initial=1)
    )
    assert response.status_code == 302
    assert list(event.rooms.values_list("name", flat=True)) == ["Renamed"]
