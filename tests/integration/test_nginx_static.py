"""nginx with the configuration of docs/deploy.md in front of ``podium serve``.

The files come from ``PODIUM_PUBLISH_DIR``; nginx and podium listen on loopback ports
chosen at run time. Headers must match podium's own, and a committed change must be
served by nginx within a second of the command that made it.
"""

import http.client
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.servers import Server, free_port, podium_env, run_podium, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.nginx]

DEPLOY = Path(__file__).resolve().parents[2] / "docs" / "deploy.md"
NGINX = "/usr/sbin/nginx"
BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
# The headers podium decides for a view (Date, Server and the ETag are each server's own).
COMPARED = (
    "content-type",
    "content-encoding",
    "content-length",
    "cache-control",
    "vary",
    "access-control-allow-origin",
    "access-control-expose-headers",
    "x-frame-options",
    "x-content-type-options",
    "referrer-policy",
    "cross-origin-opener-policy",
)
VIEW = "/api/v2/demojson/view/All"


def shipped_locations() -> str:
    text = DEPLOY.read_text()
    block = re.search(
        r"<!-- nginx static locations: start -->\n```nginx\n(.*?)```\n", text, re.S
    ).group(1)
    return block


def fetch(port: int, path: str, headers: dict[str, str]):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        answer = connection.getresponse()
        body = answer.read()
        sent = {}
        for name, value in answer.getheaders():
            sent.setdefault(name.lower(), []).append(value)
        return answer.status, {name: sent.get(name) for name in COMPARED}, body
    finally:
        connection.close()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if not (Path(NGINX).exists() and Path(BROTLI).exists()):
        message = "nginx with its brotli module is missing: scripts/ensure-nginx installs it"
        if shutil.which("apt-get") is None:
            pytest.skip(message)
        pytest.fail(message)
    base = tmp_path_factory.mktemp("nginx")
    publish = base / "publish"
    env = podium_env(base / "data")
    env["PODIUM_PUBLISH_DIR"] = str(publish)
    server = Server(env, args=("--workers", "1")).start()
    nginx = None
    try:
        server.wait_ready()
        port = free_port()
        locations = shipped_locations()
        locations = locations.replace("/var/lib/podium/publish", str(publish))
        locations = locations.replace("http://127.0.0.1:8000", server.url)
        config = base / "nginx.conf"
        config.write_text(
            f"load_module {BROTLI};\n"
            "daemon off;\nmaster_process off;\nworker_processes 1;\n"
            f"pid {base}/nginx.pid;\nerror_log {base}/error.log;\n"
            "events {}\nhttp {\n  access_log off;\n"
            + "".join(
                f"  {kind}_temp_path {base}/{kind};\n"
                for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
            )
            + f"  server {{\n    listen 127.0.0.1:{port};\n{locations}  }}\n}}\n"
        )
        nginx = subprocess.Popen([NGINX, "-c", str(config), "-p", str(base)])

        def listening():
            try:
                fetch(port, "/", {})
                return True
            except OSError:
                return False

        wait_until(lambda: nginx.poll() is not None or listening())
        assert nginx.poll() is None, (base / "error.log").read_text()
        yield server, port, env, publish
    finally:
        if nginx is not None:
            nginx.terminate()
            nginx.wait(timeout=10)
        server.stop()


@pytest.mark.parametrize("accept_encoding", ["", "gzip", "gzip, br"])
def test_nginx_static_view_headers_match_podium(stack, accept_encoding):
    server, port, _, publish = stack
    headers = {"Accept-Encoding": accept_encoding} if accept_encoding else {}
    assert (publish / "api/v2/demojson/view/All.json").exists()
    assert fetch(port, VIEW, headers) == fetch(server.port, VIEW, headers)


def test_nginx_static_other_requests_reach_podium(stack):
    server, port, _, _ = stack
    for path in (VIEW + "?hashonly=true", "/api/v2/demojson/view/all", "/api/v2/nope/view/All"):
        assert fetch(port, path, {}) == fetch(server.port, path, {})


def test_nginx_static_committed_change_served_within_one_second(stack):
    server, port, env, _ = stack
    before = fetch(port, VIEW, {})[2]
    change = (
        "from podium.program.models import Session; from podium.publish.models import Endpoint; "
        "event = Endpoint.objects.get(pk='demojson').event; "
        "Session.objects.filter(event=event).update(title='Renamed by the test'); event.touch()"
    )
    result = run_podium(env, "shell", "-c", change)
    assert result.returncode == 0, result.stderr
    changed_at = time.monotonic()
    wait_until(lambda: fetch(port, VIEW, {})[2] != before, timeout=1)
    assert time.monotonic() - changed_at < 1
    assert b"Renamed by the test" in fetch(port, VIEW, {})[2]
