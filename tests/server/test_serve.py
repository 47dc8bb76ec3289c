"""``podium serve`` as a real process: health, static files, access log, SIGTERM."""

import json
import os
import re
import signal
import socket

import pytest

from podium.server.management.commands.serve import Command, default_workers
from tests.servers import (
    Server,
    dedicated_database,
    free_port,
    get,
    is_postgres,
    podium_env,
    run_podium,
    wait_until,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def database_url():
    """SQLite in the server's data directory, or a new PostgreSQL database on that run."""
    base = os.environ.get("PODIUM_DATABASE_URL", "")
    if not is_postgres(base):
        yield ""
        return
    with dedicated_database(base) as url:
        yield url


@pytest.fixture(scope="module")
def server(tmp_path_factory, database_url):
    env = podium_env(
        tmp_path_factory.mktemp("data"), database_url, os.environ.get("PODIUM_CACHE_URL", "")
    )
    running = Server(env, args=("--no-demo", "--workers", "2")).start()
    try:
        yield running.wait_ready()
    finally:
        running.stop()


@pytest.fixture(scope="module")
def gunicorn_server(tmp_path_factory, database_url):
    env = podium_env(
        tmp_path_factory.mktemp("data"), database_url, os.environ.get("PODIUM_CACHE_URL", "")
    )
    running = Server(env, args=("--no-demo", "--workers", "1", "--server", "gunicorn")).start()
    try:
        yield running.wait_ready()
    finally:
        running.stop()


def wait_for_output(server: Server, text: str) -> str:
    wait_until(lambda: text in server.output())
    return server.output()


def booted_workers(server: Server) -> int:
    return len(re.findall(r"Spawning worker-\d+ with PID", server.output()))


# The combined log format and the milliseconds podium took, under either server.
ACCESS_LINE = re.compile(
    r"127\.0\.0\.1 - - \[\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] "
    r'"GET /healthz\?probe=(?P<probe>[a-z]+) HTTP/1\.1" 200 (?P<size>\d+) '
    r'"http://example\.test/page" "probe-agent/1\.0" \d+ms'
)


def test_serve_healthz_answers_ok(server):
    answer = get(server.url + "/healthz")
    assert (answer.status, json.loads(answer.body)) == (
        200,
        {"status": "ok", "database": "ok", "cache": "ok"},
    )


def test_serve_new_database_is_migrated(server):
    # The API looks the endpoint up in its table: a clean 404 means the table exists.
    answer = get(server.url + "/api/v2/nosuchid00/view/All")
    assert answer.status == 404
    assert json.loads(answer.body) == {"error": "no published endpoint with id 'nosuchid00'"}


def test_serve_static_file_served_by_podium(server):
    answer = get(server.url + "/static/admin/css/base.css")
    assert answer.status == 200
    assert answer.headers["Content-Type"] == 'text/css; charset="utf-8"'


def test_serve_missing_static_file_is_404(server):
    assert get(server.url + "/static/no-such-file.css").status == 404


def test_serve_access_log_records_each_request(server):
    get(server.url + "/healthz?probe=access-log")
    output = wait_for_output(server, "probe=access-log")
    assert '"GET /healthz?probe=access-log HTTP/1.1" 200' in output


@pytest.mark.parametrize("which", ["granian", "gunicorn"])
def test_serve_access_log_line_format(which, server, gunicorn_server):
    running = server if which == "granian" else gunicorn_server
    headers = {"Referer": "http://example.test/page", "User-Agent": "probe-agent/1.0"}
    answer = get(running.url + f"/healthz?probe={which}", headers)
    output = wait_for_output(running, f"probe={which}")

    lines = [line for line in output.splitlines() if f"probe={which}" in line]
    assert len(lines) == 1, output
    match = ACCESS_LINE.fullmatch(lines[0])
    assert match is not None, lines[0]
    assert (match["probe"], int(match["size"])) == (which, len(answer.body))


def test_serve_gunicorn_option_serves_with_gunicorn(gunicorn_server):
    answer = get(gunicorn_server.url + "/healthz")
    assert (answer.status, json.loads(answer.body)["status"]) == (200, "ok")
    assert "Booting worker with pid" in gunicorn_server.output()


def test_serve_workers_option_starts_that_many_workers(server):
    # /healthz answers once the first worker is up; the second may still be booting.
    wait_until(lambda: booted_workers(server) >= 2)
    assert booted_workers(server) == 2


@pytest.mark.parametrize(
    ("server_args", "stop_lines"),
    [
        ((), ["Shutting down granian", "Granian shutdown completed"]),
        (("--server", "gunicorn"), ["Handling signal: term", "Shutting down: Master"]),
    ],
    ids=["granian", "gunicorn"],
)
def test_serve_sigterm_exits_zero(tmp_path, database_url, server_args, stop_lines):
    env = podium_env(tmp_path, database_url, os.environ.get("PODIUM_CACHE_URL", ""))
    running = Server(env, args=("--no-demo", "--workers", "1", *server_args)).start()
    try:
        running.wait_ready()
        assert running.terminate() == 0
    finally:
        running.stop()
    output = running.output()
    assert [line in output for line in stop_lines] == [True, True]
    # Printed once: forked workers must not repeat the master's buffered output.
    assert output.count("Serving podium on") == 1


def unread_bytes(server_port: int, client_port: int) -> int:
    """Bytes the server's end of one loopback connection has not read yet (Linux)."""
    local, remote = f"0100007F:{server_port:04X}", f"0100007F:{client_port:04X}"
    with open("/proc/net/tcp") as table:
        for row in table.read().splitlines()[1:]:
            fields = row.split()
            if (fields[1], fields[2]) == (local, remote):
                return int(fields[4].split(":")[1], 16)
    return -1  # not accepted yet: the kernel still holds it elsewhere


@pytest.mark.parametrize("which", ["granian", "gunicorn"])
def test_serve_sigterm_finishes_a_request_in_flight(which, tmp_path, database_url):
    env = podium_env(tmp_path, database_url, os.environ.get("PODIUM_CACHE_URL", ""))
    running = Server(env, args=("--no-demo", "--workers", "1", "--server", which)).start()
    # A form post whose body arrives in two parts: the request is being answered (Django
    # waits for the rest of the body) when SIGTERM comes.
    token = "t" * 32  # a CSRF secret, sent as cookie and as form field
    body = f"csrfmiddlewaretoken={token}&username=&password=".encode()
    head = (
        "POST /admin/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Cookie: csrftoken={token}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    try:
        running.wait_ready()
        with socket.create_connection(("127.0.0.1", running.port), timeout=30) as client:
            client.sendall(head + body[:20])
            client_port = client.getsockname()[1]
            wait_until(lambda: unread_bytes(running.port, client_port) == 0)
            running.process.send_signal(signal.SIGTERM)
            client.sendall(body[20:])
            answer = b""
            while chunk := client.recv(65536):
                answer += chunk
        assert running.process.wait(timeout=30) == 0
    finally:
        running.stop()
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n"), answer[:200]
    assert b'name="csrfmiddlewaretoken"' in answer  # the whole login page


def test_serve_workers_default_is_cpu_count():
    # Resolved when serving, not in the parser, so --help is the same on every machine.
    options = Command().create_parser("podium", "serve").parse_args([])
    assert (options.workers, default_workers()) == (None, len(os.sched_getaffinity(0)))


def test_serve_port_out_of_range_fails_clearly(tmp_path):
    result = run_podium(podium_env(tmp_path), "serve", "--port", "70000")
    assert result.returncode == 1
    assert "--port 70000: use a port from 1 to 65535" in result.stderr


def test_serve_start_prints_no_warnings_and_no_control_socket(server, gunicorn_server):
    for output in (server.output(), gunicorn_server.output()):
        assert "warning" not in output.lower()
        assert "Control socket" not in output


def test_serve_unreachable_database_fails_clearly(tmp_path):
    port = free_port()  # nothing listens there
    env = podium_env(tmp_path, f"postgres://podium:secret@127.0.0.1:{port}/podium")
    # A port of its own: the default 8000 may be taken by a podium serving meanwhile.
    result = run_podium(env, "serve", "--no-demo", "--port", str(free_port()))
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"CommandError: cannot use the postgresql database 'podium' at 127.0.0.1:{port}: "
        f'connection failed: connection to server at "127.0.0.1", port {port} failed: '
        "Connection refused"
    )
    assert "secret" not in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_fast_path_sees_a_commit_of_another_process_at_once(server):
    """Repeated reads are answered by the fast path; its version check sees the commit."""
    loaded = run_podium(server.env, "demo")
    assert loaded.returncode == 0, loaded.stderr
    url = server.url + "/api/v2/demojson/view/Sessions"
    tag = get(url).headers["ETag"]
    repeated = [get(url, {"If-None-Match": tag}).status for _ in range(3)]
    cleared = run_podium(server.env, "cache", "clear")
    assert cleared.returncode == 0, cleared.stderr
    after = get(url, {"If-None-Match": tag})
    assert (repeated, after.status) == ([304, 304, 304], 200)
    assert after.headers["ETag"] != tag
