"""The schedule editor: the event's days as rooms by time, and placing one session.

Placing is optimistic: the editor sends the version (``updated_at``) of the session it
showed, and the change applies only if the session is still at that version; otherwise
the organizer is told and the editor shows the current state.
"""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from podium.console.access import event_view, owned
from podium.console.forms.schedule import UNSCHEDULE, PlaceForm
from podium.console.schedule_grid import DEFAULT_LENGTH, SNAP, build_schedule, version_of
from podium.program.models import Session


@event_view
def schedule(request, event):
    context = {
        "event": event,
        "schedule": build_schedule(event),
        "form": PlaceForm(event=event),
        "snap": SNAP,
        "snap_seconds": SNAP * 60,
        "default_length": DEFAULT_LENGTH,
    }
    return render(request, "console/program/schedule.html", context)


@require_POST
@event_view
def schedule_place(request, event):
    wants_json = "application/json" in request.headers.get("Accept", "")
    form = PlaceForm(request.POST, event=event)
    if not form.is_valid():
        return answer(request, event, wants_json, 400, form.first_error())
    session = owned(Session.objects, event, pk=form.cleaned_data["session"])
    starts_at, ends_at = form.times()
    room = None if form.cleaned_data["action"] == UNSCHEDULE else form.cleaned_data["room"]
    # The version shown, then one conditional UPDATE: of two organizers moving the
    # same session at once, exactly one matches the version both started from.
    moved = 0
    if version_of(session) == form.cleaned_data["version"]:
        current = Session.objects.filter(pk=session.pk, updated_at=session.updated_at)
        moved = current.update(
            room=room, starts_at=starts_at, ends_at=ends_at, updated_at=timezone.now()
        )
    if not moved:
        text = (
            f"“{session.title}” was changed by someone else since this page showed it: "
            "the schedule now shows where it is. Try again from there."
        )
        return answer(request, event, wants_json, 409, text)
    event.touch()  # an UPDATE sends no signals: bump the published data version
    text = describe(session.title, room, starts_at, ends_at)
    return answer(request, event, wants_json, 200, text)


def describe(title: str, room, starts_at, ends_at) -> str:
    if starts_at is None:
        return f"“{title}” is unscheduled: no room, no times."
    start, end = timezone.localtime(starts_at), timezone.localtime(ends_at)
    return f"Placed “{title}” in {room.name}, {start:%a %-d %b %H:%M}–{end:%H:%M}."


def answer(request, event, wants_json: bool, status: int, text: str):
    """JSON for the editor's script; a message and the editor again for a plain form."""
    ok = status < 400
    if wants_json:
        return JsonResponse({"ok": ok, "message": text}, status=status)
    (messages.success if ok else messages.error)(request, text)
    return redirect("console:schedule", event.slug)
