"""The embed format: each view as a script that renders the view's HTML after its tag.

Registered in ``podium.publish.renderers``; reach it from there (importing this module
first would enter that package half-way).
"""

from podium.embeds.assets import SCRIPT_TYPE, view_script
from podium.embeds.fragment import EMBED_VIEWS, render_fragment
from podium.embeds.look import Look, look_of
from podium.publish.records import Publication
from podium.publish.renderers.base import Renderer


class EmbedRenderer(Renderer):
    format = "embed"
    content_type = SCRIPT_TYPE
    views = frozenset(EMBED_VIEWS)

    def render(self, view: str, publication: Publication) -> bytes:
        return self.script(view, publication, Look())

    def render_for(self, endpoint, view: str, publication: Publication) -> bytes:
        # The look is the endpoint's own options, which the publication does not carry.
        return self.script(view, publication, look_of(endpoint))

    def script(self, view: str, publication: Publication, look: Look) -> bytes:
        return view_script(render_fragment(view, publication, look)).encode()
