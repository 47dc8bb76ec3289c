"""The Sessionize-compatible JSON format: the view's data, serialized as it is."""

import orjson

from podium.publish.builders import VIEWS, view_builder, view_publication
from podium.publish.records import Publication
from podium.publish.renderers.base import Renderer


class JsonRenderer(Renderer):
    format = "json"
    content_type = "application/json; charset=utf-8"
    views = frozenset(VIEWS.values())

    def publication_for(self, endpoint, view: str) -> Publication:
        return view_publication(endpoint, view)

    def render(self, view: str, publication: Publication) -> bytes:
        # Compact output, key order as built: the same bytes Sessionize clients parse.
        return orjson.dumps(view_builder(view)(publication))
