"""Sessions of an event: list, create and edit (with speakers, items, answers), delete."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render

from podium.console.access import event_view, owned
from podium.console.forms.bulk import BulkForm
from podium.console.forms.lists import SessionFilters
from podium.console.forms.sessions import SessionForm, SpeakerOrderFormSet, check_service_session
from podium.console.views import posted
from podium.console.views.listing import page_of
from podium.program.models import Session
from podium.publish.visibility import explain, with_conditions


@event_view
def session_list(request, event):
    """Filtered, sorted, paged; each session with its visibility on each endpoint.

    A constant number of queries whatever the event's size or the page's length.
    """
    filters = SessionFilters(request.GET, event=event)
    sessions = filters.filtered(event.sessions.select_related("room"))
    page = page_of(request, with_conditions(sessions).prefetch_related("speakers"))
    endpoints = list(event.endpoints.all())
    for session in page:
        session.visibility = explain(session, event, endpoints)
    context = {
        "event": event,
        "filters": filters,
        "page": page,
        "endpoints": endpoints,
        "bulk": BulkForm(None, event=event),
        "any_sessions": page.paginator.count or event.sessions.exists(),
    }
    return render(request, "console/program/sessions.html", context)


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
    if session.pk:
        saved = with_conditions(Session.objects.filter(pk=session.pk)).get()
        context["visibility"] = explain(saved, event, event.endpoints.all())
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
