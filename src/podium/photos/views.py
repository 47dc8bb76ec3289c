"""Serve stored photos: public, immutable, cached by browsers and proxies for a year."""

from django.http import FileResponse, Http404
from django.views.decorators.http import etag, require_safe

from podium.photos.store import NAME, photo_storage

# Content-addressed names never change meaning (podium/photos/store.py).
CACHE_CONTROL = "public, max-age=31536000, immutable"


def name_tag(request, name: str) -> str:
    return f'"{name}"'


@require_safe
@etag(name_tag)
def photo(request, name: str):
    if not NAME.fullmatch(name):
        raise Http404
    try:
        file = photo_storage().open(name)
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(file, content_type="image/jpeg")
    response["Cache-Control"] = CACHE_CONTROL
    # Served as an image only, whatever a browser would guess.
    response["X-Content-Type-Options"] = "nosniff"
    return response
