"""Rooms of an event, edited as one list."""

from podium.console.access import event_view
from podium.console.forms.program import RoomFormSet
from podium.console.views import edit_list


@event_view
def rooms(request, event):
    return edit_list(
        request,
        event,
        RoomFormSet,
        name="rooms",
        title="Rooms",
        intro="Deleting a room leaves its sessions without a room.",
    )
