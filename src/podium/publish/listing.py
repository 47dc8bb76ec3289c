"""Plain-text descriptions of endpoints: their options and the URLs of their views."""

from django.urls import reverse

from podium.publish.models import Endpoint
from podium.publish.render import CANONICAL_VIEWS
from podium.publish.renderers import RENDERERS

DEFAULT_BASE_URL = "http://127.0.0.1:8000"


def view_urls(endpoint: Endpoint, base_url: str = DEFAULT_BASE_URL) -> list[tuple[str, str]]:
    """(view, full URL) of every view the endpoint's format answers."""
    renderer = RENDERERS[endpoint.format]
    answered = [v for v in CANONICAL_VIEWS if v in renderer.views]
    base = base_url.rstrip("/")
    return [
        (view, base + reverse("endpoint-view", kwargs={"endpoint_id": endpoint.id, "view": view}))
        for view in answered
    ]


def frab_urls(endpoint: Endpoint, base_url: str = DEFAULT_BASE_URL) -> list[tuple[str, str]]:
    """The frab schedule URLs, which every endpoint serves whatever its format."""
    base = base_url.rstrip("/")
    return [
        (label, base + reverse(name, kwargs={"endpoint_id": endpoint.id}))
        for label, name in (("frab.json", "frab-json"), ("frab.xml", "frab-xml"))
    ]


def custom_fields_text(endpoint: Endpoint) -> str:
    """Exposed custom fields as ``--custom-fields`` takes them back."""
    tokens = [f"category:{c.public_id}" for c in endpoint.exposed_categories.all()]
    tokens += [f"question:{q.public_id}" for q in endpoint.exposed_questions.all()]
    return ",".join(tokens) or "none"


def options_text(endpoint: Endpoint) -> str:
    on_off = {True: "on", False: "off"}
    options = [
        f"sessions={endpoint.include_sessions}",
        f"service-sessions={on_off[endpoint.service_sessions]}",
        f"links={on_off[endpoint.speaker_links]}",
        f"custom-fields={custom_fields_text(endpoint)}",
        f"group-by={endpoint.group_by.public_id if endpoint.group_by else 'none'}",
        f"utc={on_off[endpoint.utc_times]}",
        f"show-schedule={on_off[endpoint.show_schedule]}",
    ]
    return " ".join(options)


def describe(endpoint: Endpoint, base_url: str = DEFAULT_BASE_URL) -> list[str]:
    """Lines for ``podium endpoint list``: a heading, the options, one line per view."""
    state = "enabled" if endpoint.enabled else "disabled"
    name = f" {endpoint.name!r}" if endpoint.name else ""
    lines = [
        f"{endpoint.id}  {endpoint.format}  {state}  event={endpoint.event.slug}{name}",
        f"  options: {options_text(endpoint)}",
    ]
    urls = view_urls(endpoint, base_url) + frab_urls(endpoint, base_url)
    lines += [f"  {view:<12} {url}" for view, url in urls]
    return lines
