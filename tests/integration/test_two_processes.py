"""Two ``podium serve`` processes sharing one PostgreSQL database and one Redis.

Runs in the PostgreSQL pass of ``make test``; the SQLite pass has no shared server.
"""

import os

import pytest

from tests.servers import Server, dedicated_database, get, is_postgres, podium_env, run_podium

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not is_postgres(os.environ.get("PODIUM_DATABASE_URL", "")),
        reason="needs PostgreSQL and Redis: runs in the second pass of `make test`",
    ),
]


@pytest.fixture(scope="module")
def shared_env(tmp_path_factory):
    """One database and one cache for every process of the test, each its own data dir."""
    with dedicated_database(os.environ["PODIUM_DATABASE_URL"]) as url:
        yield lambda: podium_env(
            tmp_path_factory.mktemp("data"), url, os.environ.get("PODIUM_CACHE_URL", "")
        )


@pytest.fixture(scope="module")
def servers(shared_env):
    # Started together on a new database: the startup lock makes them migrate in turn.
    pair = [Server(shared_env()).start(), Server(shared_env()).start()]
    try:
        yield [server.wait_ready() for server in pair]
    finally:
        for server in pair:
            server.stop()


def test_two_processes_both_answer_healthz(servers):
    assert [get(server.url + "/healthz").status for server in servers] == [200, 200]


def test_two_processes_migrated_the_new_database_once(servers, shared_env):
    result = run_podium(shared_env(), "migrate", "--check")
    assert result.returncode == 0
    assert [server.process.poll() for server in servers] == [None, None]


def test_two_processes_see_a_change_made_by_another_process(servers, shared_env):
    create = (
        "from podium.program.models import Event; "
        "Event.objects.create(slug='shared', name='Seen by both', time_zone='UTC')"
    )
    result = run_podium(shared_env(), "shell", "-c", create)
    assert result.returncode == 0, result.stderr
    pages = [get(server.url + "/") for server in servers]
    assert [page.status for page in pages] == [200, 200]
    assert [b"Seen by both" in page.body for page in pages] == [True, True]
