"""The API / Embed page of an event: its endpoints, created, edited, disabled, deleted."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from podium.console.access import event_view, owned
from podium.console.endpoint_ops import describe_options, rotate_endpoint
from podium.console.forms.endpoints import EndpointForm
from podium.console.views import posted
from podium.publish.models import Endpoint


@event_view
def endpoint_list(request, event):
    endpoints = event.endpoints.select_related("group_by").prefetch_related(
        "exposed_categories", "exposed_questions"
    )
    rows = [
        {
            "endpoint": endpoint,
            "options": describe_options(endpoint),
            "exposed": [*endpoint.exposed_categories.all(), *endpoint.exposed_questions.all()],
        }
        for endpoint in endpoints
    ]
    return render(request, "console/endpoints/list.html", {"event": event, "rows": rows})


@event_view
def endpoint_edit(request, event, endpoint_id=None):
    endpoint = owned(Endpoint.objects, event, pk=endpoint_id) if endpoint_id else Endpoint()
    form = EndpointForm(posted(request), instance=endpoint, event=event)
    creating = endpoint._state.adding
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            endpoint = form.save()
        if creating:
            messages.success(request, f"Created the endpoint {endpoint.id}. Here is its code.")
            return redirect("console:endpoint-code", event.slug, endpoint.id)
        messages.success(request, f"Saved the endpoint {endpoint.id}.")
        return redirect("console:endpoints", event.slug)
    context = {"event": event, "form": form, "endpoint": endpoint, "creating": creating}
    return render(request, "console/endpoints/edit.html", context)


@require_POST
@event_view
def endpoint_enable(request, event, endpoint_id):
    endpoint = owned(Endpoint.objects, event, pk=endpoint_id)
    endpoint.enabled = request.POST.get("enabled") == "on"
    endpoint.save(update_fields=["enabled", "version", "updated_at"])
    state = "enabled: it answers again" if endpoint.enabled else "disabled: it answers 404"
    messages.success(request, f"Endpoint {endpoint.id} {state}.")
    return redirect("console:endpoints", event.slug)


@require_POST
@event_view
def endpoint_rotate(request, event, endpoint_id):
    old = owned(Endpoint.objects, event, pk=endpoint_id)
    new = rotate_endpoint(old)
    messages.success(
        request,
        f"Endpoint {old.id} is now {new.id}. The old URLs stop answering; "
        "give the new ones to the apps that should keep working.",
    )
    return redirect("console:endpoint-code", event.slug, new.id)


@event_view
def endpoint_delete(request, event, endpoint_id):
    endpoint = owned(Endpoint.objects, event, pk=endpoint_id)
    if request.method == "POST":
        endpoint.delete()
        messages.success(request, f"Deleted the endpoint {endpoint_id}: its URLs answer 404.")
        return redirect("console:endpoints", event.slug)
    context = {
        "event": event,
        "what": f"the endpoint {endpoint.id}" + (f" “{endpoint.name}”" if endpoint.name else ""),
        "consequence": "Its URLs stop answering at once. To stop one leaked URL but keep the "
        "endpoint, rotate its id instead.",
        "cancel": "console:endpoints",
    }
    return render(request, "console/confirm_delete.html", context)
