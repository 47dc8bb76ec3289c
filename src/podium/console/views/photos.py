"""A speaker's photo: upload (or replace), and remove.

The published ``profilePicture`` is the absolute URL of the stored photo, as the wire
format has it: it is written into the speaker when the photo is uploaded, with the
scheme and host the organizer reached the console by (behind the proxy of deploy.md,
the public ones). Everything that reads speakers (API views, frab, the archive) then
sees a URL like any imported one.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from podium.console.access import event_view, owned
from podium.console.forms.photos import PhotoForm
from podium.photos import store
from podium.program.models import Speaker


def set_picture(speaker: Speaker, url: str | None) -> None:
    """Point the speaker at ``url``; the stored photo it replaces goes if unused."""
    old = store.digest_in(speaker.profile_picture)
    speaker.profile_picture = url
    speaker.save(update_fields=["profile_picture"])
    if old != store.digest_in(url):
        store.discard_unused(old)


@event_view
def speaker_photo(request, event, pk):
    speaker = owned(Speaker.objects, event, pk=pk)
    posted = request.method == "POST"
    form = PhotoForm(request.POST if posted else None, request.FILES if posted else None)
    if posted and form.is_valid():
        photo = form.cleaned_data["photo"]
        store.save(photo)
        path = reverse("photos:photo", args=[store.published_name(photo.digest)])
        set_picture(speaker, request.build_absolute_uri(path))
        messages.success(request, f"Saved the photo of “{speaker.full_name}”.")
        return redirect("console:speaker", event.slug, speaker.pk)
    context = {"event": event, "speaker": speaker, "form": form}
    return render(
        request, "console/program/speaker_photo.html", context, status=400 if posted else 200
    )


@require_POST
@event_view
def speaker_photo_remove(request, event, pk):
    speaker = owned(Speaker.objects, event, pk=pk)
    set_picture(speaker, None)
    messages.success(request, f"Removed the photo of “{speaker.full_name}”.")
    return redirect("console:speaker", event.slug, speaker.pk)
