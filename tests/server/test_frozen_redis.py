"""``podium serve`` while its own Redis is frozen (SIGSTOP), then thawed again.

The Redis is a private ``redis-server`` on a free port, never the shared one.
"""

import json
import os
import shutil
import signal
import subprocess
import time

import pytest

from tests.integration.program import ENDPOINT, EVENT, import_programs, view
from tests.servers import START_TIMEOUT, Server, free_port, get, podium_env, run_podium

pytestmark = pytest.mark.integration


@pytest.fixture
def redis_server(tmp_path):
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("redis-server is not installed")
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
    )
    try:
        import redis

        client = redis.Redis(port=port, socket_timeout=1)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield process, f"redis://127.0.0.1:{port}/0"
    finally:
        process.send_signal(signal.SIGCONT)
        process.kill()
        process.wait()


@pytest.fixture
def server(tmp_path, redis_server):
    _, cache_url = redis_server
    env = podium_env(tmp_path / "data", cache_url=cache_url)
    env["PODIUM_CACHE_RETRY_SECONDS"] = "1"
    (tmp_path / "data").mkdir()
    assert run_podium(env, "migrate", "--verbosity", "0").returncode == 0
    import_programs(env, tmp_path, ["[mark-0]"])
    result = run_podium(env, "endpoint", "create", EVENT, "--id", ENDPOINT)
    assert result.returncode == 0, result.stderr
    running = Server(env).start()
    try:
        yield running.wait_ready()
    finally:
        running.stop()


def health(server: Server) -> tuple[int, dict]:
    answer = get(server.url + "/healthz")
    return answer.status, json.loads(answer.body)


def test_frozen_redis_health_and_reads_go_on_without_cache(server, redis_server):
    process, _ = redis_server
    cached = view(server, "All")
    process.send_signal(signal.SIGSTOP)
    started = time.monotonic()
    answers = [(health(server), view(server, "All")) for _ in range(5)]
    elapsed = time.monotonic() - started
    assert [(state, (a.status, a.body)) for state, a in answers] == [
        (
            (200, {"status": "degraded", "database": "ok", "cache": "unreachable"}),
            (200, cached.body),
        )
    ] * 5
    assert elapsed < 5  # ten requests: one timeout at most, not one per request
    assert server.output().count("unreachable (TimeoutError") == 1

    process.send_signal(signal.SIGCONT)
    deadline = time.monotonic() + 10
    while health(server)[1]["cache"] != "ok" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert health(server) == (200, {"status": "ok", "database": "ok", "cache": "ok"})
    assert server.output().count("reachable again") == 1
