"""A server process whose database cannot be reached: JSON 503s with Retry-After.

The database URL points at a loopback port nobody listens on, so every connection is
refused. The process is plain gunicorn on podium's WSGI application: ``podium serve``
itself refuses to start without its database.
"""

import json
import subprocess
import sys
import time

import pytest

from tests.servers import START_TIMEOUT, free_port, get, podium_env

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("data")
    env = podium_env(data_dir, database_url=f"postgres://podium@127.0.0.1:{free_port()}/podium")
    env["PODIUM_SECRET_KEY"] = "outage-test-only"  # plain gunicorn writes no key file
    url = f"http://127.0.0.1:{free_port()}"
    log_path = data_dir / "gunicorn.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--bind", url[7:], "podium.wsgi:application"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                get(url + "/healthz")
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.1)
        yield url, log_path
    finally:
        process.terminate()
        process.wait()


def test_outage_api_read_answers_json_503_with_retry_after(server):
    url, log_path = server
    answer = get(url + "/api/v2/confjson01/view/All")
    assert (answer.status, json.loads(answer.body)) == (
        503,
        {"error": "the database cannot be reached: try again later"},
    )
    assert {
        name: answer.headers[name] for name in ("Retry-After", "Access-Control-Allow-Origin")
    } == {
        "Retry-After": "10",
        "Access-Control-Allow-Origin": "*",
    }
    assert "Traceback" not in log_path.read_text()


def test_outage_healthz_answers_503(server):
    answer = get(server[0] + "/healthz")
    assert (answer.status, json.loads(answer.body)) == (
        503,
        {"status": "unavailable", "database": "unreachable", "cache": "ok"},
    )
