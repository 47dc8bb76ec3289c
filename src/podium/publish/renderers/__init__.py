"""The registry of endpoint formats: ``Endpoint.format`` -> the renderer that serves it."""

from podium.embeds.renderer import EmbedRenderer
from podium.publish.renderers.base import Renderer
from podium.publish.renderers.ical import IcalRenderer
from podium.publish.renderers.json import JsonRenderer
from podium.publish.renderers.xml import XmlRenderer

# One renderer per Format choice.
RENDERERS: dict[str, Renderer] = {
    renderer.format: renderer
    for renderer in (JsonRenderer(), XmlRenderer(), IcalRenderer(), EmbedRenderer())
}

__all__ = ["RENDERERS", "Renderer"]
