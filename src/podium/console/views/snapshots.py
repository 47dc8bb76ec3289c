"""Undo an import, or restore any kept state of an event (see :mod:`podium.console.snapshots`)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.views.decorators.http import require_POST

from podium.console.access import event_view
from podium.console.snapshot_models import EventSnapshot
from podium.console.snapshots import last_import, restore_snapshot
from podium.importers.errors import SessionizeError


@require_POST
@event_view
def import_undo(request, event):
    snapshot = last_import(event)
    if snapshot is None:
        raise Http404
    if restored(request, snapshot):
        label = snapshot.label[:1].lower() + snapshot.label[1:]
        messages.success(request, f"Undone: the event is back to the state kept {label}.")
    return redirect("console:import", event.slug)


@require_POST
@event_view
def snapshot_restore(request, event, pk):
    snapshot = get_object_or_404(EventSnapshot, pk=pk, event=event)
    if restored(request, snapshot):
        messages.success(request, f"Restored: {snapshot.label}.")
    return redirect("console:import", event.slug)


def restored(request, snapshot: EventSnapshot) -> bool:
    """Restore ``snapshot``; False (and the reason shown) when its archive is refused."""
    try:
        restore_snapshot(snapshot, request.user)
    except SessionizeError as problem:  # e.g. an endpoint id another event uses now
        messages.error(request, f"Nothing was restored: {problem}")
        return False
    return True


EVENT = "events/<slug:slug>/"
urlpatterns = [
    path(EVENT + "import/undo/", import_undo, name="import-undo"),
    path(EVENT + "snapshots/<int:pk>/restore/", snapshot_restore, name="snapshot-restore"),
]
