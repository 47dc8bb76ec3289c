"""The demo endpoints exist with fixed ids and expose every custom field."""

import pytest

from podium.demo.endpoints import DemoIdTaken, demo_urls, frab_urls
from podium.demo.loader import load_demo
from podium.program.models import Event
from podium.publish.models.endpoint import Endpoint
from podium.publish.option_table import model_defaults
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def exposed(endpoint) -> tuple[set[int], set[int]]:
    return (
        set(endpoint.exposed_categories.values_list("public_id", flat=True)),
        set(endpoint.exposed_questions.values_list("public_id", flat=True)),
    )


def test_demo_endpoints_expose_every_custom_field():
    event = load_demo()

    endpoints = Endpoint.objects.filter(event=event).order_by("id")
    assert [(e.id, e.format) for e in endpoints] == [
        ("demoembed", "embed"),
        ("demoical", "ical"),
        ("demojson", "json"),
        ("demoxml0", "xml"),
    ]
    every = (
        set(event.categories.values_list("public_id", flat=True)),
        set(event.questions.values_list("public_id", flat=True)),
    )
    assert every == (
        {30101, 30102, 30103, 30104, 30105},
        {40101, 40102, 40103, 40104, 40105, 40106},
    )
    for endpoint in endpoints:
        assert exposed(endpoint) == every
        assert endpoint.enabled is True
        assert (endpoint.include_sessions, endpoint.service_sessions) == ("informed", True)
        assert (endpoint.speaker_links, endpoint.utc_times, endpoint.show_schedule) == (
            True,
            False,
            False,
        )
        assert endpoint.group_by is None


def test_demo_endpoints_reload_resets_options_and_fields():
    event = load_demo()
    endpoint = Endpoint.objects.get(id="demojson")
    endpoint.utc_times = True
    endpoint.enabled = False
    endpoint.save()
    endpoint.exposed_categories.clear()
    endpoint.exposed_questions.set(event.questions.filter(public_id=40101))

    load_demo()

    endpoint = Endpoint.objects.get(id="demojson")
    assert (endpoint.utc_times, endpoint.enabled) == (False, True)
    assert exposed(endpoint) == (
        {30101, 30102, 30103, 30104, 30105},
        {40101, 40102, 40103, 40104, 40105, 40106},
    )
    assert Endpoint.objects.count() == 4


def test_demo_endpoints_id_taken_by_another_event_is_an_error_and_changes_nothing():
    other = EventFactory(slug="scot26")
    Endpoint.objects.create(id="demoxml0", event=other, name="mine", format="json")

    with pytest.raises(DemoIdTaken) as caught:
        load_demo()

    assert str(caught.value) == (
        "endpoint demoxml0 publishes event 'scot26', but the demo needs this id; "
        "delete it first (podium endpoint delete demoxml0)"
    )
    assert list(Endpoint.objects.values_list("id", "event__slug", "format")) == [
        ("demoxml0", "scot26", "json")
    ]
    assert list(Event.objects.values_list("slug", flat=True)) == ["scot26"]


def test_demo_urls_name_every_view_of_each_endpoint():
    urls = {demo.id: found for demo, found in demo_urls("http://podium.example/")}

    assert urls["demojson"] == [
        "http://podium.example/api/v2/demojson/view/All",
        "http://podium.example/api/v2/demojson/view/Sessions",
        "http://podium.example/api/v2/demojson/view/Speakers",
        "http://podium.example/api/v2/demojson/view/GridSmart",
        "http://podium.example/api/v2/demojson/view/SpeakerWall",
    ]
    assert len(urls["demoxml0"]) == 5
    assert urls["demoical"] == [
        "http://podium.example/api/v2/demoical/view/All",
        "http://podium.example/api/v2/demoical/view/Sessions",
    ]
    assert urls["demoembed"] == [
        "http://podium.example/api/v2/demoembed/view/Sessions",
        "http://podium.example/api/v2/demoembed/view/Speakers",
        "http://podium.example/api/v2/demoembed/view/GridSmart",
        "http://podium.example/api/v2/demoembed/view/SpeakerWall",
    ]
    assert frab_urls("http://podium.example") == [
        "http://podium.example/api/v2/demojson/frab/schedule.json",
        "http://podium.example/api/v2/demojson/frab/schedule.xml",
    ]


def test_demo_endpoints_have_the_option_tables_defaults():
    load_demo()

    for endpoint in Endpoint.objects.all():
        shown = {name: getattr(endpoint, name) for name in model_defaults()}
        assert shown == {**model_defaults(), "name": endpoint.name, "format": endpoint.format}
