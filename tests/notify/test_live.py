"""Webhooks end to end: a real ``podium serve``, a change through its admin, a receiver
on loopback that checks signatures with the ``standardwebhooks`` package."""

import json
import os
import time

import pytest
from standardwebhooks import Webhook as Verifier

from tests.integration.admin import AdminSession
from tests.servers import (
    Server,
    dedicated_database,
    get,
    is_postgres,
    podium_env,
    run_podium,
    wait_until,
)

pytestmark = pytest.mark.integration

# Retries two seconds apart, so the test sees them; the server's own loopback receiver.
LIVE = {"PODIUM_WEBHOOKS_ALLOW_PRIVATE": "true", "PODIUM_WEBHOOK_RETRY_SECONDS": "2,2,2"}
FINISHED_DELIVERY = "path=podium.notify.deliveries.deliver state=SUCCESSFUL"


@pytest.fixture
def env(tmp_path):
    base = os.environ.get("PODIUM_DATABASE_URL", "")
    if not is_postgres(base):
        yield podium_env(tmp_path) | LIVE
        return
    with dedicated_database(base) as url:
        yield podium_env(tmp_path, url, os.environ.get("PODIUM_CACHE_URL", "")) | LIVE


def latest(server: Server) -> int:
    return json.loads(get(server.url + "/api/v2/demojson/changes").body)["latest"]


def test_live_delivery_signed_retried_and_durable_across_a_killed_server(env, receiver):
    receiver.statuses = [500, 500, 200]
    first = Server(env, args=("--workers", "1")).start().wait_ready()  # loads the demo
    second = Server(env, args=("--workers", "1"))
    try:
        wait_until(lambda: latest(first) == 1)  # the demo's own first publication
        added = run_podium(env, "webhook", "add", "demo", receiver.url, "--endpoint", "demojson")
        assert added.returncode == 0, added.stderr
        secret = added.stdout.splitlines()[-1]

        changed_at = time.monotonic()
        AdminSession(first, env).change_room(public_id=50104, event="demo", name="Atrium")
        wait_until(lambda: first.output().count(FINISHED_DELIVERY) == 1, timeout=30)
        first_attempt_after = time.monotonic() - changed_at
        # Between the first attempt and its retry: the retry waits in the database.
        first.process.kill()
        first.process.wait()
        second.start().wait_ready()
        wait_until(lambda: len(receiver.received) == 3, timeout=60)
        time.sleep(2.5)  # a retry too many would arrive by now
    finally:
        first.stop()
        second.stop()

    # Seconds, not the minutes of polling; generous for a busy machine.
    assert first_attempt_after < 30
    payloads = [Verifier(secret).verify(m.body, m.headers) for m in receiver.received]
    assert len(receiver.received) == 3
    assert len({m.headers["webhook-id"] for m in receiver.received}) == 1
    data = payloads[-1]["data"]
    assert (data["endpoint"], data["number"], data["text"]) == (
        "demojson",
        2,
        "1 room changed (name)",
    )
    assert data["summary"]["rooms"]["changed"] == [{"id": 50104, "fields": ["name"]}]
