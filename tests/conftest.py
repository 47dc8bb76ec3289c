import os
import socket
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(relative: str) -> Path:
    """A file from the shared fixtures beside the checkout.

    A user's clone has no ``../shared``: then the test skips; under CI it fails.
    """
    path = SHARED / relative
    if not path.exists():
        message = f"{path} is missing: the shared fixtures sit beside the checkout"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """See tests/network.py."""
    from tests import network

    monkeypatch.setattr(socket.socket, "connect", network.connect)
    monkeypatch.setattr(socket.socket, "connect_ex", network.connect_ex)


@pytest.fixture(autouse=True)
def rendered_store_of_the_test(settings, tmp_path_factory):
    """Every test starts with an empty rendered store (podium/publish/rendered_store.py),
    outside its own ``tmp_path``, which some tests list."""
    settings.RENDERED_DIR = tmp_path_factory.mktemp("rendered")


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache.

    Under Redis this empties the test run's own Redis database number.
    """
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def database_tasks(settings, monkeypatch):
    """Queue tasks in the database, as ``podium serve`` does, instead of running them at once.

    The test then runs what is due with ``run_due_tasks()``, as a worker would.
    """
    from django_tasks_db.management.commands import db_worker

    # The worker calls close_old_connections() between tasks; inside a test's transaction
    # that would close the test's own connection (its autocommit differs from the
    # settings'), so it is left out here, as Django's test client leaves it out of requests.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    settings.TASK_BACKEND = "database"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}


def run_due_tasks() -> None:
    """Run the queued tasks that are due, the way ``podium worker --batch`` does."""
    from podium.server.tasks import PodiumWorker

    PodiumWorker(batch=True).run()
