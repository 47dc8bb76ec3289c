"""The event's mirror: add or remove it, see how its runs went, run it now.

The same functions as ``podium mirror``; from the browser a source must be on a public
address (there is no way to allow others here).
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from podium.console.access import event_view
from podium.console.forms.mirrors import MirrorForm
from podium.console.views import posted
from podium.importers.errors import SessionizeError
from podium.importers.mirror.adding import add_mirror
from podium.importers.mirror.models import Mirror
from podium.importers.mirror.run import run_mirror
from podium.importers.mirror.schedule import schedule
from podium.importers.mirror.timing import format_every


@event_view
def mirror_page(request, event):
    mirror = Mirror.objects.filter(event=event).first()
    form = MirrorForm(posted(request)) if mirror is None else None
    error = None
    if form is not None and request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            _, outcome = add_mirror(
                event.slug, data["url"], kind=data["kind"], every=data["every"],
                policy=data["policy"],
            )  # fmt: skip
        except SessionizeError as problem:
            error = str(problem)
        else:
            messages.success(request, f"Mirror added. {outcome.result}")
            return redirect("console:mirror", event.slug)
    context = {
        "event": event,
        "mirror": mirror,
        "every": format_every(mirror.every) if mirror else "",
        "form": form,
        "error": error,
    }
    return render(request, "console/events/mirror.html", context, status=400 if error else 200)


@require_POST
@event_view
def mirror_run(request, event):
    mirror = Mirror.objects.filter(event=event).first()
    if mirror is not None:
        outcome = run_mirror(mirror, force=request.POST.get("force") == "on")
        schedule(mirror.pk)
        if outcome.failed:
            messages.error(request, f"The run failed, nothing changed: {outcome.error}")
        else:
            messages.success(request, f"Ran the mirror: {outcome.result}")
    return redirect("console:mirror", event.slug)


@require_POST
@event_view
def mirror_remove(request, event):
    Mirror.objects.filter(event=event).delete()
    messages.success(request, "The event is no longer mirrored; its program stays as it is.")
    return redirect("console:mirror", event.slug)
