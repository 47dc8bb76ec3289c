"""Rooms of an event, edited as one list."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render

from podium.console.access import event_view
from podium.console.forms.program import RoomFormSet
from podium.console.views import posted


@event_view
def rooms(request, event):
    formset = RoomFormSet(posted(request), event=event, prefix="rooms")
    if request.method == "POST" and formset.is_valid():
        with transaction.atomic():
            formset.save()
        messages.success(request, "Saved the rooms.")
        return redirect("console:rooms", event.slug)
    context = {
        "event": event,
        "formset": formset,
        "title": "Rooms",
        "intro": "Deleting a room leaves its sessions without a room.",
    }
    return render(request, "console/program/list_formset.html", context)
