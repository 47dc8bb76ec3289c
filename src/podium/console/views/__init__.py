"""Console views, one module per area of the console."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render


def posted(request):
    """The POST data of a form submission (even an empty one), None for a GET."""
    return request.POST if request.method == "POST" else None


def edit_list(request, event, formset_class, *, name: str, title: str, intro: str):
    """One page that edits all of an event's objects of one kind as a formset."""
    formset = formset_class(posted(request), event=event, prefix=name)
    if request.method == "POST" and formset.is_valid():
        with transaction.atomic():
            formset.save()
        messages.success(request, f"Saved the {name}.")
        return redirect(f"console:{name}", event.slug)
    context = {"event": event, "formset": formset, "title": title, "intro": intro}
    return render(request, "console/program/list_formset.html", context)
