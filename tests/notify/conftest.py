import pytest

from tests.notify.receiver import Receiver


@pytest.fixture(autouse=True)
def private_receivers(settings):
    """Tests' receivers listen on loopback, which podium refuses by default."""
    settings.WEBHOOKS_ALLOW_PRIVATE = True


@pytest.fixture
def receiver():
    running = Receiver()
    yield running
    running.close()
