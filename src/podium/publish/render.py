"""Render one view of an endpoint to bytes, without any cache.

The HTTP views wrap this in the response cache; the CLI (`podium render`), static
exports and previews call it directly, so all of them produce the same bytes.
"""

from dataclasses import dataclass

from podium.publish.builders import VIEWS, collector_paused
from podium.publish.renderers import RENDERERS, Renderer

CANONICAL_VIEWS: tuple[str, ...] = tuple(dict.fromkeys(VIEWS.values()))
# How error messages spell the aliases (VIEWS holds them in lower case).
ALIAS_SPELLING = {"gridtable": "GridTable"}


class ViewNotFound(LookupError):
    """The view name is unknown, or the endpoint's format does not answer it."""


@dataclass(frozen=True, slots=True)
class Rendered:
    body: bytes
    content_type: str


def canonical_view(name: str) -> str:
    """The canonical name of a view given in any case or as an alias."""
    try:
        return VIEWS[name.lower()]
    except KeyError:
        raise ViewNotFound(f"unknown view {name!r}: use {view_names()}") from None


def view_names() -> str:
    """``All, Sessions, ..., GridSmart (or GridTable), SpeakerWall``."""
    aliases = {view: [] for view in CANONICAL_VIEWS}
    for name, view in VIEWS.items():
        if name != view.lower():
            aliases[view].append(ALIAS_SPELLING.get(name, name))
    return ", ".join(
        f"{view} (or {' or '.join(names)})" if names else view for view, names in aliases.items()
    )


def renderer_for_view(endpoint, view: str) -> Renderer:
    """The renderer of the endpoint's format, if it answers the canonical ``view``."""
    renderer = RENDERERS[endpoint.format]
    if view not in renderer.views:
        answered = ", ".join(v for v in CANONICAL_VIEWS if v in renderer.views)
        raise ViewNotFound(
            f"view {view!r} is not available in the {endpoint.format} format of endpoint "
            f"{endpoint.id!r} (it answers {answered})"
        )
    return renderer


def render_endpoint_view(endpoint, view: str) -> Rendered:
    """The body the endpoint serves for ``view`` (any case or alias)."""
    view = canonical_view(view)
    renderer = renderer_for_view(endpoint, view)
    with collector_paused():
        body = renderer.render_for(endpoint, view, renderer.publication_for(endpoint, view))
    return Rendered(body=body, content_type=renderer.content_type)
