"""The console's view of a speaker's photo: a thumbnail of an uploaded one."""

from django import template
from django.urls import reverse

from podium.photos import store
from podium.photos.images import SIZES

register = template.Library()


@register.filter
def photo_thumbnail(url: str | None) -> str:
    """The thumbnail's path for a photo stored here; "" for other URLs.

    Other URLs are not shown as images: the console loads nothing from elsewhere.
    """
    digest = store.digest_in(url)
    if digest is None:
        return ""
    return reverse("photos:photo", args=[store.file_name(digest, SIZES[-1])])
