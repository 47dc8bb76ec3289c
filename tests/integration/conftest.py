"""Two ``podium serve`` processes on one PostgreSQL database and one Redis database.

They are started once for the whole package; the tests run in the PostgreSQL pass of
``make test`` (each module skips itself on SQLite).
"""

import os

import pytest

from tests.integration.program import ENDPOINT, EVENT, import_programs
from tests.servers import Server, dedicated_database, podium_env, run_podium


@pytest.fixture(scope="package")
def shared_env(tmp_path_factory):
    """A new environment per call: the shared database and cache, its own data dir."""
    with dedicated_database(os.environ["PODIUM_DATABASE_URL"]) as url:
        # Webhook tests deliver to a receiver of their own, on loopback.
        yield (
            lambda: (
                podium_env(
                    tmp_path_factory.mktemp("data"), url, os.environ.get("PODIUM_CACHE_URL", "")
                )
                | {"PODIUM_WEBHOOKS_ALLOW_PRIVATE": "true"}
            )
        )


@pytest.fixture(scope="package")
def servers(shared_env):
    # Started together on a new database: the startup lock makes them migrate in turn,
    # and only the first finds the database new and loads the demo event.
    pair = [Server(shared_env(), args=("--workers", "1")).start() for _ in range(2)]
    try:
        yield [server.wait_ready() for server in pair]
    finally:
        for server in pair:
            server.stop()


@pytest.fixture(scope="package")
def published(servers, shared_env, tmp_path_factory):
    """The environment of a third process, after it imported the event and published it."""
    env = shared_env()
    import_programs(env, tmp_path_factory.mktemp("import"), ["[mark-0]"])
    result = run_podium(env, "endpoint", "create", EVENT, "--id", ENDPOINT)
    assert result.returncode == 0, result.stderr
    return env
