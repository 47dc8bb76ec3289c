"""The user's events: list, create, overview, settings, announce, delete."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from podium.console.access import accept_invitations, add_member, event_view, events_for
from podium.console.forms.events import EventCreateForm, EventSettingsForm
from podium.console.views import posted


@login_required
def event_list(request):
    accept_invitations(request.user)  # invited while logged in already
    events = events_for(request.user).order_by("name")
    return render(request, "console/events/list.html", {"events": events})


@login_required
def event_create(request):
    form = EventCreateForm(posted(request))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            event = form.save()
            add_member(event, request.user)
        messages.success(request, f"Created “{event.name}”. You are in its team.")
        return redirect("console:event", event.slug)
    return render(request, "console/events/create.html", {"form": form})


@event_view
def event_overview(request, event):
    counts = {
        "sessions": event.sessions.count(),
        "speakers": event.speakers.count(),
        "rooms": event.rooms.count(),
        "categories": event.categories.count(),
        "questions": event.questions.count(),
        "endpoints": event.endpoints.count(),
    }
    return render(request, "console/events/overview.html", {"event": event, "counts": counts})


@event_view
def event_settings(request, event):
    form = EventSettingsForm(posted(request), instance=event)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved the event settings.")
        return redirect("console:event", event.slug)
    return render(request, "console/events/settings.html", {"event": event, "form": form})


@require_POST
@event_view
def event_announce(request, event):
    """The one switch that publishes (or hides again) times and rooms."""
    event.schedule_announced = request.POST.get("announced") == "on"
    event.save(update_fields=["schedule_announced", "data_version", "updated_at"])
    if event.schedule_announced:
        messages.success(request, "The schedule is announced: the API shows times and rooms.")
    else:
        messages.success(request, "The schedule is hidden: the API shows no times or rooms.")
    return redirect("console:event", event.slug)


@event_view
def event_delete(request, event):
    if request.method == "POST":
        name = event.name
        event.delete()
        messages.success(request, f"Deleted “{name}” with its program and endpoints.")
        return redirect("console:events")
    return render(request, "console/events/delete.html", {"event": event})
