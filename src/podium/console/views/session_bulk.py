"""Bulk actions on the sessions ticked in the session list, each in one transaction.

The event's state is kept first (``keep_before_change``), in the same transaction, so
the Import page can restore it.
"""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse

from podium.console.access import event_view
from podium.console.forms.bulk import BulkForm, plural
from podium.console.snapshots import keep_before_change


def back_to_list(event, form: BulkForm):
    """The list as it was filtered: the query string stays after the list's own path."""
    query = form.cleaned_data.get("back", "")
    url = reverse("console:sessions", args=[event.slug])
    return redirect(f"{url}?{query.lstrip('?')}" if query else url)


@event_view
def session_bulk(request, event):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = BulkForm(request.POST, event=event)
    if not form.is_valid():
        for field, errors in form.errors.items():
            label = form.fields[field].label or field.capitalize()
            messages.error(request, f"{label}: {' '.join(errors)}")
        return back_to_list(event, form)
    selected = form.cleaned_data["selected"]
    if form.cleaned_data["action"] == "delete":
        if request.POST.get("confirmed") != "yes":
            context = {"event": event, "form": form, "sessions": selected, "count": len(selected)}
            return render(request, "console/program/sessions_delete.html", context)
        with transaction.atomic():
            keep_before_change(event, f"Before deleting {plural(len(selected))}", request.user)
            event.sessions.filter(pk__in=[s.pk for s in selected]).delete()
            event.touch()
        messages.success(request, f"Deleted {plural(len(selected))}.")
        return back_to_list(event, form)
    with transaction.atomic():
        keep_before_change(event, f"Before bulk change: {form.describe()}", request.user)
        done = form.apply()
    messages.success(request, done)
    return back_to_list(event, form)
