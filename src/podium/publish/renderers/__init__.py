"""The registry of endpoint formats: ``Endpoint.format`` -> the renderer that serves it."""

from podium.publish.renderers.base import RenderContext, Renderer
from podium.publish.renderers.ical import IcalRenderer
from podium.publish.renderers.json import JsonRenderer
from podium.publish.renderers.xml import XmlRenderer


class UnknownFormat(LookupError):
    """No renderer is installed for an endpoint's format."""


# One line per format; other formats register here.
RENDERERS: dict[str, Renderer] = {
    renderer.format: renderer for renderer in (JsonRenderer(), XmlRenderer(), IcalRenderer())
}


def renderer_for(fmt: str) -> Renderer:
    try:
        return RENDERERS[fmt]
    except KeyError:
        raise UnknownFormat(f"format {fmt!r} has no renderer in this installation") from None


__all__ = ["RENDERERS", "RenderContext", "Renderer", "UnknownFormat", "renderer_for"]
