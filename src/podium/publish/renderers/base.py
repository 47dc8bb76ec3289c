"""What every renderer is: one endpoint format turning a publication into response bytes."""

from abc import ABC, abstractmethod

from podium.publish.records import Publication, publication_of


class Renderer(ABC):
    """Serializes one view of a publication in one format."""

    #: The ``Endpoint.format`` value this renderer serves.
    format: str
    #: The full ``Content-Type`` header value of its responses.
    content_type: str
    #: The canonical view names this format answers; the others answer 404.
    views: frozenset[str]

    @abstractmethod
    def render(self, view: str, publication: Publication) -> bytes:
        """The response body of ``view`` (a canonical name)."""

    def publication_for(self, endpoint, view: str) -> Publication:
        """What ``render_for`` needs of the endpoint's publication for ``view``: all of it,
        unless the format knows that the view reads less."""
        return publication_of(endpoint)

    def render_for(self, endpoint, view: str, publication: Publication) -> bytes:
        """The body of ``view`` for ``endpoint``; a format whose look has options reads them."""
        return self.render(view, publication)
