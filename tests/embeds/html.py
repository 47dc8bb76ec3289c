"""Reading embed markup in tests: the fragment as an lxml tree."""

import lxml.html

from podium.embeds.fragment import render_fragment
from podium.embeds.look import Look, look_of
from podium.publish.records import publication_of


def fragment_tree(endpoint, view: str, look: Look | None = None):
    publication = publication_of(endpoint)
    return lxml.html.fragment_fromstring(
        render_fragment(view, publication, look or look_of(endpoint))
    )


def texts(elements) -> list[str]:
    return [" ".join(element.text_content().split()) for element in elements]
