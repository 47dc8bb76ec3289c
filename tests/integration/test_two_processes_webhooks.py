"""Two ``podium serve`` processes, each with a task worker, on one PostgreSQL database:
every delivery is sent once. Runs in the PostgreSQL pass of ``make test``."""

import json
import os
import time

import pytest

from tests.notify.receiver import Receiver
from tests.servers import get, is_postgres, run_podium, wait_until

if not is_postgres(os.environ.get("PODIUM_DATABASE_URL", "")):
    pytest.skip(
        "needs PostgreSQL: SQLite serves one machine, and `make test` runs this in its second pass",
        allow_module_level=True,
    )

pytestmark = pytest.mark.integration

CHANGES = 6


def latest(server) -> int:
    return json.loads(get(server.url + "/api/v2/hookboth1/changes").body)["latest"]


def test_two_processes_send_each_delivery_once(servers, shared_env):
    receiver = Receiver()
    env = shared_env()
    try:
        created = run_podium(env, "endpoint", "create", "demo", "--id", "hookboth1")
        assert created.returncode == 0, created.stderr
        wait_until(lambda: latest(servers[0]) == 1)
        added = run_podium(env, "webhook", "add", "demo", receiver.url, "--endpoint", "hookboth1")
        assert added.returncode == 0, added.stderr
        for number in range(CHANGES):
            links = "--no-links" if number % 2 == 0 else "--links"
            result = run_podium(env, "endpoint", "update", "hookboth1", links)
            assert result.returncode == 0, result.stderr
            # One change at a time: each makes its own publication.
            wait_until(lambda number=number: latest(servers[1]) == number + 2)
        wait_until(lambda: len(receiver.received) >= CHANGES, timeout=60)
        time.sleep(3)  # a second send of any of them would arrive by now
    finally:
        receiver.close()

    ids = [message.headers["webhook-id"] for message in receiver.received]
    assert (len(ids), len(set(ids))) == (CHANGES, CHANGES)
    workers = [server.output().count("deliveries.deliver state=SUCCESSFUL") for server in servers]
    assert sum(workers) == CHANGES
