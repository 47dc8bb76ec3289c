"""The demo event's endpoints: fixed ids so that README and docs can link to them."""

from dataclasses import dataclass

from podium.program.models import Event
from podium.publish.models.endpoint import Endpoint, Format
from podium.publish.option_table import model_defaults


@dataclass(frozen=True)
class DemoEndpoint:
    id: str
    name: str
    format: str
    views: tuple[str, ...]


ALL_VIEWS = ("All", "Sessions", "Speakers", "GridSmart", "SpeakerWall")

DEMO_ENDPOINTS = (
    DemoEndpoint("demojson", "Demo (JSON)", Format.JSON, ALL_VIEWS),
    DemoEndpoint("demoxml0", "Demo (XML)", Format.XML, ALL_VIEWS),
    # The iCalendar format answers the views that are lists of sessions.
    DemoEndpoint("demoical", "Demo (iCalendar)", Format.ICAL, ("All", "Sessions")),
    # Scripts for the organizer's website; /embed/demoembed/{view} shows each as a page.
    DemoEndpoint(
        "demoembed",
        "Demo (embed)",
        Format.EMBED,
        ("Sessions", "Speakers", "GridSmart", "SpeakerWall"),
    ),
)

# Every demo endpoint has the default options except that all custom fields are public.
OPTIONS = model_defaults()


class DemoIdTaken(Exception):
    """A demo endpoint id already publishes another event."""


def ensure_demo_endpoints(event: Event) -> list[Endpoint]:
    """Create or reset the demo endpoints of ``event``, exposing every custom field.

    An endpoint that holds a demo id for another event is the organizer's own: it is
    never taken over (its URLs would silently start serving the demo).
    """
    ids = [demo.id for demo in DEMO_ENDPOINTS]
    taken = Endpoint.objects.filter(id__in=ids).exclude(event=event).select_related("event")
    for endpoint in taken.order_by("id"):
        raise DemoIdTaken(
            f"endpoint {endpoint.id} publishes event {endpoint.event.slug!r}, but the demo "
            f"needs this id; delete it first (podium endpoint delete {endpoint.id})"
        )
    categories = list(event.categories.all())
    questions = list(event.questions.all())
    endpoints = []
    for demo in DEMO_ENDPOINTS:
        endpoint, _ = Endpoint.objects.update_or_create(
            id=demo.id,
            defaults={**OPTIONS, "event": event, "name": demo.name, "format": demo.format},
        )
        endpoint.exposed_categories.set(categories)
        endpoint.exposed_questions.set(questions)
        endpoints.append(endpoint)
    return endpoints


# Every endpoint, whatever its format, also serves the frab/c3voc schedule.
FRAB_FILES = ("schedule.json", "schedule.xml")


def demo_urls(base_url: str) -> list[tuple[DemoEndpoint, list[str]]]:
    """Each demo endpoint with the full URLs of the views it answers."""
    base = base_url.rstrip("/")
    return [
        (demo, [f"{base}/api/v2/{demo.id}/view/{view}" for view in demo.views])
        for demo in DEMO_ENDPOINTS
    ]


def frab_urls(base_url: str) -> list[str]:
    """The frab schedule URLs of the JSON demo endpoint."""
    base = base_url.rstrip("/")
    return [f"{base}/api/v2/{DEMO_ENDPOINTS[0].id}/frab/{name}" for name in FRAB_FILES]
