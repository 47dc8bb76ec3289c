"""Download an event's archive: the same file as ``podium export``."""

from django.http import HttpResponse
from django.views.decorators.http import require_safe

from podium.console.access import event_view
from podium.importers.archive import dumps, export_event


# The team check comes first, so another team's event is a 404 whatever the method.
@event_view
@require_safe
def event_export(request, event):
    response = HttpResponse(
        dumps(export_event(event)), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.podium.json"'
    # The archive holds the endpoint ids: no shared cache may keep a copy.
    response["Cache-Control"] = "no-store, private"
    return response
