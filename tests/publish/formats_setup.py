"""Events imported from the real captures with endpoints of each format."""

import orjson

from podium.importers.writer import import_sessionize
from podium.publish.models import Endpoint
from podium.publish.records import publication_of
from podium.publish.renderers import RENDERERS
from tests.conftest import shared_path
from tests.factories import EndpointFactory

CAPTURE_ZONES = {
    "scottish-summit-2026": "Europe/London",
    "global-azure-linz-2024": "Europe/Vienna",
}


def import_capture(folder: str):
    raw = shared_path(f"fixtures/sessionize/{folder}/All.json").read_bytes()
    return import_sessionize(raw, slug=folder, time_zone=CAPTURE_ZONES[folder]).event


def endpoint_of(event, fmt: str = "json", **options) -> Endpoint:
    """An endpoint exposing every custom field, as the captures were made."""
    endpoint = EndpointFactory(event=event, format=fmt, include_sessions="accepted", **options)
    endpoint.exposed_categories.set(event.categories.all())
    endpoint.exposed_questions.set(event.questions.all())
    return Endpoint.objects.get(pk=endpoint.pk)


def json_of(endpoint, view):
    """What the JSON format serves for the endpoint's data and options, parsed."""
    return orjson.loads(RENDERERS["json"].render(view, publication_of(endpoint)))
