import pytest
from django.contrib.auth import get_user_model

from podium.console.models import TeamMembership
from tests.factories import EventFactory

PASSWORD = "a-long-test-password-42"


def make_user(username: str, **extra):
    return get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password=PASSWORD, **extra
    )


@pytest.fixture
def organizer(db):
    return make_user("ada")


@pytest.fixture
def event(organizer):
    event = EventFactory(slug="conf", name="Conf 2026", time_zone="Europe/Berlin")
    TeamMembership.objects.create(event=event, user=organizer)
    return event


@pytest.fixture
def other_event(db):
    """An event of another team: the organizer must never see it."""
    other = make_user("grace")
    event = EventFactory(slug="secret", name="Secret Summit")
    TeamMembership.objects.create(event=event, user=other)
    return event


@pytest.fixture
def console(client, organizer):
    """A test client logged in as the organizer."""
    client.force_login(organizer)
    return client


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    """Password hashing is slow by design; these tests need it to be quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
