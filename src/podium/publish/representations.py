"""Every representation an endpoint publishes: what podium renders ahead of requests.

Each provider yields ``(path, variant, content_type, produce)`` for one endpoint: its
URL path and the variant its HTTP view names it by in ``cached_response``; a new kind of
URL adds its provider to ``PROVIDERS``.
"""

from collections.abc import Callable, Iterator

from django.urls import reverse

from podium.publish.frab.render import FORMATS, render_frab
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


PROVIDERS: list[Callable[[object], Iterator[Representation]]] = [endpoint_views, frab_schedules]


def representations(endpoint) -> Iterator[Representation]:
    for provider in PROVIDERS:
        yield from provider(endpoint)
