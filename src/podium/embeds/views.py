"""The embeds' own addresses: the HTML fragment (``?under=True``), the iframe page and the
runtime script of the web component, under the public API's cache, ETag, CORS and gzip rules.
"""

from dataclasses import dataclass

from csp.decorators import csp_replace
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.clickjacking import xframe_options_exempt

import podium
from podium.embeds.assets import (
    FRAGMENT_TYPE,
    SCRIPT_TYPE,
    assets_digest,
    runtime,
    stylesheet,
)
from podium.embeds.fragment import EMBED_VIEWS, render_fragment
from podium.embeds.look import look_of
from podium.publish.builders import VIEWS, collector_paused
from podium.publish.http import cached_response, public_api
from podium.publish.lookup import published_endpoint
from podium.publish.option_table import Format
from podium.publish.records import publication_of

UNDER_VALUES = {"true", "1"}
# The page is framed by the organizer's site and shows speakers' photos from anywhere;
# its markup places sessions with style attributes.
PAGE_POLICY = {
    "frame-ancestors": ["*"],
    "img-src": ["*", "data:"],
    "style-src": ["'self'", "'unsafe-inline'"],
}


def wants_fragment(request: HttpRequest) -> bool:
    return request.GET.get("under", "").lower() in UNDER_VALUES


def fragment_of(endpoint, view: str) -> str:
    with collector_paused():
        return render_fragment(view, publication_of(endpoint), look_of(endpoint))


def fragment_variant(view: str) -> str:
    """How ``cached_response`` names the fragment of ``view`` (the pre-render names it alike)."""
    return f"embed-fragment:{view}:{assets_digest()}"


def page_variant(view: str) -> str:
    return f"embed-page:{view}:{assets_digest()}"


def fragment_response(request: HttpRequest, endpoint, view: str) -> HttpResponse:
    """``/api/v2/{id}/view/{View}?under=True`` of an embed endpoint: the markup alone."""
    return cached_response(
        request,
        endpoint,
        fragment_variant(view),
        FRAGMENT_TYPE,
        lambda: fragment_of(endpoint, view).encode(),
    )


def page_of(endpoint, view: str) -> bytes:
    """The whole page of an embed ``view``, for an iframe."""
    look = look_of(endpoint)
    with translation.override(look.language):
        return render_to_string(
            "embeds/page.html",
            {
                "look": look,
                "view": view,
                "event_name": endpoint.event.name,
                "css": stylesheet(),
                "fragment": fragment_of(endpoint, view),
            },
        ).encode()


def not_found_page(message: str) -> HttpResponse:
    response = HttpResponse(
        f"<!doctype html><title>Not found</title><p>{message}</p>",
        status=404,
        content_type=FRAGMENT_TYPE,
    )
    response["Cache-Control"] = "no-store"
    return response


@xframe_options_exempt
@csp_replace(PAGE_POLICY)
@public_api
def embed_page(request: HttpRequest, endpoint_id: str, view: str) -> HttpResponse:
    """``/embed/{id}/{View}``: a whole page of the view, for an iframe."""
    view = VIEWS.get(view.lower(), view)
    if view not in EMBED_VIEWS:
        return not_found_page(f"No embed view {view!r}: use {', '.join(EMBED_VIEWS)}.")
    endpoint = published_endpoint(endpoint_id)
    if endpoint is None or endpoint.format != Format.EMBED:
        return not_found_page(f"No published embed endpoint with id {endpoint_id!r}.")
    return cached_response(
        request, endpoint, page_variant(view), FRAGMENT_TYPE, lambda: page_of(endpoint, view)
    )


@dataclass(frozen=True)
class RuntimeVersion:
    """What names the runtime script's bytes, in the shape the response cache reads."""

    id: str = "embed-runtime"
    version: str = ""

    @property
    def event(self):
        return self  # the script holds no event data

    @property
    def data_version(self) -> str:
        return podium.__version__


@public_api
def runtime_script(request: HttpRequest) -> HttpResponse:
    """``/embed/podium.js``: the ``<podium-schedule>`` component and the loader of
    Sessionize's lazy-loading markup, one script for every endpoint."""
    return cached_response(
        request,
        RuntimeVersion(version=assets_digest()),
        "embed-runtime",
        SCRIPT_TYPE,
        lambda: runtime().encode(),
    )
