"""Where photos live: a Django storage (``STORAGES["photos"]``), one file per size.

Names are content-addressed (``<digest>-<side>.jpg``), so a URL never changes meaning and
may be cached for a year; replacing a photo gives it a new name. A file is deleted only
when no speaker of any event refers to it any more, so an archive restored on the same
podium (or two speakers with the same picture) keep working photo URLs.
"""

import re

from django.core.files.base import ContentFile
from django.core.files.storage import storages

from podium.photos.images import SIZES, Photo
from podium.program.models import Speaker

NAME = re.compile(r"(?P<digest>[0-9a-f]{32})-(?P<side>\d+)\.jpg")
# The published URL ends in the name of the largest variant.
URL_END = re.compile(r"/photos/(?P<digest>[0-9a-f]{32})-" + str(SIZES[0]) + r"\.jpg")


def photo_storage():
    return storages["photos"]


def file_name(digest: str, side: int) -> str:
    return f"{digest}-{side}.jpg"


def published_name(digest: str) -> str:
    return file_name(digest, SIZES[0])


def save(photo: Photo) -> None:
    storage = photo_storage()
    for side, data in photo.variants.items():
        name = file_name(photo.digest, side)
        if not storage.exists(name):
            storage.save(name, ContentFile(data))


def digest_in(url: str | None) -> str | None:
    """The digest of a photo stored here that ``url`` names, None for any other URL."""
    match = URL_END.search(url or "")
    return match["digest"] if match and match.end() == len(url) else None


def discard_unused(digest: str | None) -> None:
    if digest is None:
        return
    used = Speaker.objects.filter(profile_picture__endswith=f"/photos/{published_name(digest)}")
    if used.exists():
        return
    storage = photo_storage()
    for side in SIZES:
        storage.delete(file_name(digest, side))
