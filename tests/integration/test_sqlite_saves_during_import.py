"""Console saves on SQLite while a 12,000-session import writes another event.

The import plans its writes before taking SQLite's write lock and holds it only while
the prepared statements run, so every save goes through, after a short wait at most.
"""

import http.cookiejar
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.integration.program import EVENT, import_programs
from tests.servers import START_TIMEOUT, Server, is_postgres, podium_env, run_podium

if is_postgres(os.environ.get("PODIUM_DATABASE_URL", "")):
    pytest.skip("SQLite only: runs in the first pass of `make test`", allow_module_level=True)

pytestmark = pytest.mark.integration

SESSIONS = 12_000
PASSWORD = "a-long-test-password-42"
MAKE_SOURCE = f"""
from podium.bench.synthetic import make_endpoint, make_event
from podium.publish.render import render_endpoint_view
endpoint = make_endpoint(make_event("source", sessions={SESSIONS}))
open("All.json", "wb").write(render_endpoint_view(endpoint, "All").body)
"""


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 302 is the answer to look at


class ConsoleUser:
    """A browser's part: cookies, the CSRF token, form posts."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirects
        )

    def get(self, path: str) -> int:
        with self.opener.open(self.base_url + path, timeout=START_TIMEOUT) as answer:
            return answer.status

    def post(self, path: str, fields: dict) -> int:
        token = next(c.value for c in self.cookies if c.name == "csrftoken")
        data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}).encode()
        try:
            with self.opener.open(self.base_url + path, data, timeout=START_TIMEOUT) as answer:
                return answer.status
        except urllib.error.HTTPError as error:
            return error.code


@pytest.fixture
def big_file(tmp_path):
    """A Sessionize All view of a synthetic 12,000-session event."""
    env = podium_env(tmp_path / "source")
    (tmp_path / "source").mkdir()
    assert run_podium(env, "migrate", "--verbosity", "0").returncode == 0
    result = subprocess.run(
        [sys.executable, "-m", "podium", "shell", "-c", MAKE_SOURCE],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return tmp_path / "All.json"


@pytest.fixture
def server(tmp_path):
    env = podium_env(tmp_path / "data")
    (tmp_path / "data").mkdir()
    assert run_podium(env, "migrate", "--verbosity", "0").returncode == 0
    import_programs(env, tmp_path, ["[mark-0]"])
    created = subprocess.run(
        [sys.executable, "-m", "podium", "user", "create", "ada", "--password-stdin"],
        env=env,
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
    )
    assert created.returncode == 0, created.stderr
    assert run_podium(env, "team", "add", EVENT, "ada").returncode == 0
    running = Server(env).start()
    try:
        yield running.wait_ready()
    finally:
        running.stop()


def test_sqlite_console_saves_during_large_import_all_succeed(server, big_file):
    user = ConsoleUser(server.url)
    user.get("/console/login/")
    assert user.post("/console/login/", {"username": "ada", "password": PASSWORD}) == 302
    settings_page = f"/console/events/{EVENT}/settings/"
    user.get(settings_page)

    importer = subprocess.Popen(
        [sys.executable, "-m", "podium", "import", "sessionize", str(big_file), "--event", "big"],
        env=server.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    saves: list[tuple[int, float]] = []
    while importer.poll() is None:
        started = time.monotonic()
        status = user.post(settings_page, {"name": f"Saved {len(saves)}", "time_zone": "UTC"})
        saves.append((status, time.monotonic() - started))
        time.sleep(0.02)
    out, err = importer.communicate()

    assert importer.returncode == 0, err
    assert out.startswith("Created event 'big'")
    assert [status for status, _ in saves if status != 302] == []
    assert len(saves) > 20
    slowest = max(seconds for _, seconds in saves)
    print(f"\n{len(saves)} saves during the import; the slowest took {slowest:.2f} s")
