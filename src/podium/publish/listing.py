"""Plain-text descriptions of endpoints: their options and the URLs of their views."""

from django.urls import reverse

from podium.publish.custom_field_spelling import custom_fields_text
from podium.publish.models import Endpoint
from podium.publish.option_table import ON_OFF, OPTIONS, Kind, Option
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


def options_text(endpoint: Endpoint) -> str:
    """The listed options, spelled as ``podium endpoint create`` takes them."""
    return " ".join(
        f"{option.flag_name}={option_value_text(option, endpoint)}"
        for option in OPTIONS
        if option.listed and (not option.formats or endpoint.format in option.formats)
    )


def option_value_text(option: Option, endpoint: Endpoint) -> str:
    if option.kind is Kind.CUSTOM_FIELDS:
        return custom_fields_text(endpoint)
    value = getattr(endpoint, option.name)
    if option.kind is Kind.SWITCH:
        return ON_OFF[value]
    if option.kind is Kind.CATEGORY:
        return str(value.public_id) if value is not None else "none"
    return str(value)


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
