"""What every renderer is: one endpoint format turning view data into response bytes."""

from abc import ABC, abstractmethod
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RenderContext:
    """Facts about the endpoint and its event that a format may need beyond the view data."""

    endpoint_id: str
    event_name: str
    event_slug: str
    time_zone: str
    utc_times: bool

    @classmethod
    def for_endpoint(cls, endpoint) -> "RenderContext":
        event = endpoint.event
        return cls(
            endpoint_id=endpoint.id,
            event_name=event.name,
            event_slug=event.slug,
            time_zone=event.time_zone,
            utc_times=endpoint.utc_times,
        )


class Renderer(ABC):
    """Serializes the data of a view (as the builders return it) in one format."""

    #: The ``Endpoint.format`` value this renderer serves.
    format: str
    #: The full ``Content-Type`` header value of its responses.
    content_type: str
    #: The canonical view names this format answers; the others answer 404.
    views: frozenset[str]

    @abstractmethod
    def render(self, view: str, data: object, context: RenderContext) -> bytes:
        """The response body of ``view`` (a canonical name) built from ``data``."""
