"""Every representation an endpoint publishes: what podium renders ahead of requests.

Each provider yields ``(path, variant, content_type, produce)`` for one endpoint: its
URL path and the variant its HTTP view names it by in ``cached_response``; a new kind of
URL adds its provider to ``PROVIDERS``.
"""

from collections.abc import Callable, Iterator

from django.urls import reverse

from podium.embeds import views as embeds
from podium.embeds.assets import FRAGMENT_TYPE
from podium.embeds.fragment import EMBED_VIEWS
from podium.publish.frab.render import FORMATS, render_frab
from podium.publish.option_table import Format
from podium.publish.render import CANONICAL_VIEWS, render_endpoint_view
from podium.publish.renderers import RENDERERS

Representation = tuple[str, str, str, Callable[[], bytes]]


def endpoint_views(endpoint) -> Iterator[Representation]:
    """``/api/v2/{id}/view/{View}`` for each view the endpoint's format answers."""
    renderer = RENDERERS[endpoint.format]
    for view in CANONICAL_VIEWS:
        if view in renderer.views:
            yield (
                reverse("endpoint-view", args=[endpoint.id, view]),
                f"view:{view}",
                renderer.content_type,
                lambda view=view: render_endpoint_view(endpoint, view).body,
            )


def frab_schedules(endpoint) -> Iterator[Representation]:
    """``/api/v2/{id}/frab/schedule.json`` and ``.xml``."""
    for fmt, (content_type, _) in FORMATS.items():
        path = reverse(f"frab-{fmt}", args=[endpoint.id])
        yield path, f"frab:{fmt}", content_type, lambda fmt=fmt: render_frab(endpoint, fmt)


def embed_markup(endpoint) -> Iterator[Representation]:
    """Of an embed endpoint: the HTML fragment of each view (``?under=True``) and its
    iframe page ``/embed/{id}/{View}`` (its scripts are ``endpoint_views``)."""
    if endpoint.format != Format.EMBED:
        return
    for view in EMBED_VIEWS:
        fragment = f"{reverse('endpoint-view', args=[endpoint.id, view])}?under=True"
        yield (
            fragment,
            embeds.fragment_variant(view),
            FRAGMENT_TYPE,
            lambda view=view: embeds.fragment_of(endpoint, view).encode(),
        )
        yield (
            reverse("embed-page", args=[endpoint.id, view]),
            embeds.page_variant(view),
            FRAGMENT_TYPE,
            lambda view=view: embeds.page_of(endpoint, view),
        )


PROVIDERS: list[Callable[[object], Iterator[Representation]]] = [
    endpoint_views,
    frab_schedules,
    embed_markup,
]


def representations(endpoint) -> Iterator[Representation]:
    for provider in PROVIDERS:
        yield from provider(endpoint)
