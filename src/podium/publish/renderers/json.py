"""The Sessionize-compatible JSON format: the builders' data, serialized as it is."""

import orjson

from podium.publish.builders import VIEWS
from podium.publish.renderers.base import RenderContext, Renderer


class JsonRenderer(Renderer):
    format = "json"
    content_type = "application/json; charset=utf-8"
    views = frozenset(VIEWS.values())

    def render(self, view: str, data: object, context: RenderContext) -> bytes:
        # Compact output, key order as built: the same bytes Sessionize clients parse.
        return orjson.dumps(data)
