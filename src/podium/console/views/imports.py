"""Import into an event from the browser: upload or URL, preview, confirm; and undo.

The same importers as ``podium import``. Nothing is written until the organizer has
seen the preview (:mod:`podium.console.import_flow`) and confirmed it; each applied
import first keeps the event's state, which "Undo last import" brings back.
"""

import datetime as dt
from collections import Counter

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_POST

from podium.console import import_flow
from podium.console.access import event_view
from podium.console.forms.imports import ImportForm
from podium.console.snapshot_models import EventSnapshot, PendingImport
from podium.console.snapshots import last_import
from podium.console.views import posted
from podium.importers.archive.diff import NAMES, counts
from podium.importers.errors import SessionizeError

PENDING_LIFETIME = dt.timedelta(days=1)


@event_view
def import_page(request, event):
    form = ImportForm(posted(request), request.FILES if request.method == "POST" else None)
    error = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = data["file"]
        origin = upload.name if upload else data["url"]
        try:
            raw = upload.read() if upload else import_flow.read_url(data["source"], data["url"])
            remove = data["remove_console_objects"]
            changes, kept, version = import_flow.preview(event, data["source"], raw, remove)
        except SessionizeError as problem:
            error = str(problem)
        else:
            # One preview per organizer and event; abandoned ones go after a day.
            stale = Q(user=request.user) | Q(created_at__lt=timezone.now() - PENDING_LIFETIME)
            PendingImport.objects.filter(stale, event=event).delete()
            pending = PendingImport.objects.create(
                event=event,
                user=request.user,
                source=data["source"],
                origin=origin[:2000],
                raw=raw,
                remove_console_objects=remove,
                data_version=version,
                changes={"changes": changes, "kept": kept},
            )
            return redirect("console:import-preview", event.slug, pending.pk)
    context = {
        "event": event,
        "form": form,
        "error": error,
        "last_import": last_import(event),
        "snapshots": EventSnapshot.objects.filter(event=event).select_related("taken_by"),
    }
    return render(request, "console/events/import.html", context, status=400 if error else 200)


def pending_of(request, event, pk: int) -> PendingImport:
    """The user's own pending import into this event, or 404."""
    return get_object_or_404(PendingImport, pk=pk, event=event, user=request.user)


@event_view
def import_preview(request, event, pk):
    pending = pending_of(request, event, pk)
    changes = pending.changes["changes"]
    kept = pending.changes["kept"]
    for entry in kept:
        entry["name"] = NAMES[entry["kind"]]
    context = {
        "event": event,
        "pending": pending,
        "groups": grouped(changes),
        "kept": kept,
        "counts": counts(changes),
        "source": import_flow.SOURCES[pending.source],
    }
    return render(request, "console/events/import_preview.html", context)


# Longer lists of one kind start folded, so the page stays short for a first import.
OPEN_UP_TO = 30


def grouped(changes: list[dict]) -> list[dict]:
    """The changes by kind of object, in the order first met, with counts per kind."""
    groups: dict[str, dict] = {}
    for change in changes:
        name = NAMES.get(change["kind"], "Event")
        group = groups.setdefault(name, {"name": name, "changes": [], "counts": Counter()})
        group["changes"].append(change)
        group["counts"][change["change"]] += 1
    for group in groups.values():
        group["open"] = len(group["changes"]) <= OPEN_UP_TO
        group["summary"] = ", ".join(
            f"{group['counts'][kind]} {kind}"
            for kind in ("added", "changed", "removed")
            if group["counts"][kind]
        )
    return list(groups.values())


@require_POST
@event_view
def import_apply(request, event, pk):
    pending = pending_of(request, event, pk)
    try:
        result = import_flow.apply(pending, request.user)
    except SessionizeError as problem:
        PendingImport.objects.filter(pk=pending.pk).delete()
        messages.error(request, f"Nothing was imported: {problem}. Import the file again.")
        return redirect("console:import", event.slug)
    messages.success(request, result.summary())
    return redirect("console:event", event.slug)


@require_POST
@event_view
def import_choose_removal(request, event, pk):
    """Preview the same input again, removing (or keeping) the objects made in the console."""
    pending = pending_of(request, event, pk)
    remove = request.POST.get("remove") == "on"
    try:
        changes, kept, version = import_flow.preview(
            event, pending.source, bytes(pending.raw), remove
        )
    except SessionizeError as problem:  # only if the importer's limits changed meanwhile
        pending.delete()
        messages.error(request, f"Nothing was imported: {problem}")
        return redirect("console:import", event.slug)
    pending.remove_console_objects = remove
    pending.data_version = version
    pending.changes = {"changes": changes, "kept": kept}
    pending.save(update_fields=["remove_console_objects", "data_version", "changes"])
    return redirect("console:import-preview", event.slug, pending.pk)


@require_POST
@event_view
def import_cancel(request, event, pk):
    pending_of(request, event, pk).delete()
    messages.success(request, "Import cancelled: nothing changed.")
    return redirect("console:import", event.slug)


EVENT = "events/<slug:slug>/"
urlpatterns = [
    path(EVENT + "import/", import_page, name="import"),
    path(EVENT + "import/<int:pk>/", import_preview, name="import-preview"),
    path(EVENT + "import/<int:pk>/apply/", import_apply, name="import-apply"),
    path(EVENT + "import/<int:pk>/cancel/", import_cancel, name="import-cancel"),
    path(EVENT + "import/<int:pk>/removal/", import_choose_removal, name="import-removal"),
]
