import pytest
from django.core.cache import cache
from django.test import Client

from podium.publish.models import Endpoint
from tests.factories import EventFactory, RoomFactory, SessionFactory, SpeakerFactory
from tests.publish.wsgi_client import FastPathClient


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def event(db):
    event = EventFactory(slug="conf", name="Conf 2026")
    room = RoomFactory(event=event, name="Main hall")
    for number in range(4):
        session = SessionFactory(
            event=event,
            room=room,
            title=f"Talk {number}",
            description="A talk long enough that its views are worth compressing. " * 3,
        )
        session.speakers.add(SpeakerFactory(event=event))
    SessionFactory(event=event, room=room, title="Lunch", is_service_session=True)
    return event


@pytest.fixture
def endpoint(event):
    return Endpoint.objects.create(event=event, id="confjson01", name="Website")


def view_url(endpoint_id: str, view: str) -> str:
    return f"/api/v2/{endpoint_id}/view/{view}"


def pytest_generate_tests(metafunc):
    """The HTTP tests (test_http_*.py) run through Django alone and through the fast path."""
    if "client" in metafunc.fixturenames and metafunc.module.__name__.split(".")[-1].startswith(
        "test_http"
    ):
        metafunc.parametrize("serving", ["django", "fast"])


@pytest.fixture
def serving() -> str:
    return "django"


@pytest.fixture
def client(serving):
    return FastPathClient() if serving == "fast" else Client()
