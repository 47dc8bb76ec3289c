"""Sessions of an event: list, create and edit (with speakers, items, answers), delete."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render

from podium.console.access import event_view, owned
from podium.console.forms.sessions import SessionForm, SpeakerOrderFormSet, check_service_session
from podium.console.views import posted
from podium.program.models import Session


@event_view
def session_list(request, event):
    sessions = event.sessions.select_related("room").prefetch_related("speakers")
    return render(request, "console/program/sessions.html", {"event": event, "sessions": sessions})


@event_view
def session_edit(request, event, pk=None):
    session = owned(Session.objects, event, pk=pk) if pk else Session(event=event)
    data = posted(request)
    form = SessionForm(data, instance=session, event=event)
    speakers = SpeakerOrderFormSet(data, instance=session, event=event, prefix="speakers")
    if (
        request.method == "POST"
        and form.is_valid()
        and speakers.is_valid()
        and check_service_session(form, speakers)
    ):
        with transaction.atomic():
            session = form.save()
            speakers.instance = session
            speakers.save()
            form.save_custom_fields()
        messages.success(request, f"Saved the session “{session.title}”.")
        return redirect("console:sessions", event.slug)
    context = {"event": event, "form": form, "speakers": speakers, "session": session}
    return render(request, "console/program/session.html", context)


@event_view
def session_delete(request, event, pk):
    session = owned(Session.objects, event, pk=pk)
    if request.method == "POST":
        session.delete()
        messages.success(request, f"Deleted the session “{session.title}”.")
        return redirect("console:sessions", event.slug)
    context = {
        "event": event,
        "what": f"the session “{session.title}”",
        "consequence": "Its speakers stay; the session leaves the API.",
        "cancel": "console:sessions",
    }
    return render(request, "console/confirm_delete.html", context)
