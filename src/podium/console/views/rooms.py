"""Rooms of an event, edited as one list; deleting rooms asks first."""

from django.shortcuts import render

from podium.console.access import event_view
from podium.console.forms.program import RoomFormSet
from podium.console.views import edit_list, posted

CONFIRMED = "confirm-delete"


@event_view
def rooms(request, event):
    data = posted(request)
    if data is not None and CONFIRMED not in data:
        formset = RoomFormSet(data, event=event, prefix="rooms")
        doomed = [form.instance for form in formset.deleted_forms] if formset.is_valid() else []
        doomed = [room for room in doomed if room.pk]
        if doomed:
            return confirm_room_deletion(request, event, doomed)
    return edit_list(
        request,
        event,
        RoomFormSet,
        name="rooms",
        title="Rooms",
        intro="Deleting a room leaves its sessions without a room; you are asked first.",
    )


def confirm_room_deletion(request, event, doomed):
    """The same submission again, once the organizer has seen what it unschedules."""
    counts = {room.pk: room.sessions.count() for room in doomed}
    context = {
        "event": event,
        "doomed": [(room, counts[room.pk]) for room in doomed],
        "sessions": sum(counts.values()),
        "replay": [
            (key, value)
            for key, values in request.POST.lists()
            if key != "csrfmiddlewaretoken"
            for value in values
        ],
        "confirmed": CONFIRMED,
    }
    return render(request, "console/program/rooms_confirm.html", context)
