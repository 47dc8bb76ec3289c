"""Speakers of an event: list, create and edit (with links, items, answers), delete."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render

from podium.console.access import event_view, owned
from podium.console.forms.lists import SpeakerFilters
from podium.console.forms.speakers import SpeakerForm, SpeakerLinkFormSet
from podium.console.views import posted
from podium.console.views.listing import page_of
from podium.photos import store
from podium.program.models import Speaker


@event_view
def speaker_list(request, event):
    filters = SpeakerFilters(request.GET, event=event)
    page = page_of(request, filters.filtered(event.speakers.all()).prefetch_related("sessions"))
    context = {
        "event": event,
        "filters": filters,
        "page": page,
        "any_speakers": page.paginator.count or event.speakers.exists(),
    }
    return render(request, "console/program/speakers.html", context)


@event_view
def speaker_edit(request, event, pk=None):
    speaker = owned(Speaker.objects, event, pk=pk) if pk else Speaker(event=event)
    data = posted(request)
    form = SpeakerForm(data, instance=speaker, event=event)
    links = SpeakerLinkFormSet(data, instance=speaker, prefix="links")
    if request.method == "POST" and form.is_valid() and links.is_valid():
        with transaction.atomic():
            speaker = form.save()
            links.instance = speaker
            links.save()
            form.save_custom_fields()
        messages.success(request, f"Saved the speaker “{speaker.full_name}”.")
        return redirect("console:speakers", event.slug)
    sessions = speaker.sessions.all() if speaker.pk else []
    context = {
        "event": event,
        "form": form,
        "links": links,
        "speaker": speaker,
        "sessions": sessions,
    }
    return render(request, "console/program/speaker.html", context)


@event_view
def speaker_delete(request, event, pk):
    speaker = owned(Speaker.objects, event, pk=pk)
    if request.method == "POST":
        photo = store.digest_in(speaker.profile_picture)
        speaker.delete()
        store.discard_unused(photo)
        messages.success(request, f"Deleted the speaker “{speaker.full_name}”.")
        return redirect("console:speakers", event.slug)
    context = {
        "event": event,
        "what": f"the speaker “{speaker.full_name}”",
        "consequence": "They are removed from their sessions; the sessions stay.",
        "cancel": "console:speakers",
    }
    return render(request, "console/confirm_delete.html", context)
