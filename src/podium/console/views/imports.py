"""Import a Sessionize ``All`` file into an event from the browser.

The same importer as ``podium import sessionize``: the file is parsed and validated
first and written in one transaction, so an error leaves the event as it was.
"""

from django.contrib import messages
from django.shortcuts import redirect, render

from podium.console.access import event_view
from podium.console.forms.imports import ImportForm
from podium.console.views import posted
from podium.importers.sessionize import SessionizeError
from podium.importers.writer import import_sessionize


@event_view
def import_sessionize_file(request, event):
    form = ImportForm(posted(request), request.FILES if request.method == "POST" else None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            result = import_sessionize(form.cleaned_data["file"].read(), slug=event.slug)
        except SessionizeError as problem:
            error = str(problem)
        else:
            messages.success(request, result.summary())
            return redirect("console:event", event.slug)
    context = {"event": event, "form": form, "error": error}
    return render(request, "console/events/import.html", context, status=400 if error else 200)
