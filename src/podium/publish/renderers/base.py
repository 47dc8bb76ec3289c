"""What every renderer gets and offers."""

from dataclasses import dataclass


@dataclass(frozen=True)
class RenderContext:
    """Facts about the endpoint and its event that the view data does not carry."""

    endpoint_id: str
    event_name: str
    event_slug: str
    time_zone: str
    utc_times: bool


class Renderer:
    """One endpoint format: which views it answers and how it writes them."""

    format: str
    content_type: str
    views: frozenset[str]

    def render(self, view: str, data: object, context: RenderContext) -> bytes:
        raise NotImplementedError
