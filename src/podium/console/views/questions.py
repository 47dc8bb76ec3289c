"""Custom questions of an event, edited as one list."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render

from podium.console.access import event_view
from podium.console.forms.program import QuestionFormSet
from podium.console.views import posted


@event_view
def questions(request, event):
    formset = QuestionFormSet(posted(request), event=event, prefix="questions")
    if request.method == "POST" and formset.is_valid():
        with transaction.atomic():
            formset.save()
        messages.success(request, "Saved the questions.")
        return redirect("console:questions", event.slug)
    context = {
        "event": event,
        "formset": formset,
        "title": "Questions",
        "intro": "Custom questions answered per session or per speaker. Answers are "
        "entered on each session's or speaker's page. Deleting a question deletes its answers.",
    }
    return render(request, "console/program/list_formset.html", context)
