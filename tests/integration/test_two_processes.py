"""Two ``podium serve`` processes sharing one PostgreSQL database and one Redis.

Runs in the PostgreSQL pass of ``make test``; the SQLite pass has no shared server.
"""

import http.cookiejar
import json
import os
import re
import threading
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.servers import (
    Response,
    Server,
    dedicated_database,
    get,
    is_postgres,
    podium_env,
    run_podium,
)

if not is_postgres(os.environ.get("PODIUM_DATABASE_URL", "")):
    pytest.skip(
        "needs PostgreSQL and Redis: runs in the second pass of `make test`",
        allow_module_level=True,
    )

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def shared_env(tmp_path_factory):
    """One database and one cache for every process of the test, each its own data dir."""
    with dedicated_database(os.environ["PODIUM_DATABASE_URL"]) as url:
        yield lambda: podium_env(
            tmp_path_factory.mktemp("data"), url, os.environ.get("PODIUM_CACHE_URL", "")
        )


@pytest.fixture(scope="module")
def servers(shared_env):
    # Started together on a new database: the startup lock makes them migrate in turn,
    # and only the first finds the database new and loads the demo event.
    pair = [Server(shared_env(), args=("--workers", "1")).start() for _ in range(2)]
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


def test_two_processes_only_one_loaded_the_demo_into_the_new_database(servers):
    loaded = ["loaded the demo event 'demo'" in server.output() for server in servers]
    assert sorted(loaded) == [False, True]


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


# --- The public API served by both processes -------------------------------------

ENDPOINT = "twoproc0001"
SESSIONS = 40


def program(mark: str) -> bytes:
    """A Sessionize All view whose every session title and speaker name ends in ``mark``.

    A body that shows two marks mixes two imports.
    """
    speakers = [
        {
            "id": f"00000000-0000-4000-8000-{number:012d}",
            "firstName": "Speaker",
            "lastName": f"{number} {mark}",
            "fullName": f"Speaker {number} {mark}",
            "bio": None,
            "tagLine": None,
            "profilePicture": None,
            "isTopSpeaker": False,
            "links": [],
            "sessions": [1000 + number],
            "categoryItems": [],
            "questionAnswers": [],
        }
        for number in range(SESSIONS)
    ]
    sessions = [
        {
            "id": str(1000 + number),
            "title": f"Talk {number} {mark}",
            "description": None,
            "startsAt": f"2026-10-03T{9 + number % 8:02d}:00:00",
            "endsAt": f"2026-10-03T{9 + number % 8:02d}:45:00",
            "isServiceSession": False,
            "isPlenumSession": False,
            "speakers": [speaker["id"]],
            "categoryItems": [],
            "questionAnswers": [],
            "roomId": 1 + number % 3,
            "liveUrl": None,
            "recordingUrl": None,
            "status": "Accepted",
            "isInformed": True,
            "isConfirmed": True,
        }
        for number, speaker in enumerate(speakers)
    ]
    rooms = [{"id": room, "name": f"Room {room}", "sort": room} for room in (1, 2, 3)]
    document = {
        "sessions": sessions,
        "speakers": speakers,
        "questions": [],
        "categories": [],
        "rooms": rooms,
    }
    return json.dumps(document).encode()


def import_programs(env: dict[str, str], folder: Path, marks: list[str]) -> None:
    """Import the program with each mark in turn, in one ``podium`` process."""
    paths = []
    for number, mark in enumerate(marks):
        paths.append(str(folder / f"All-{number}.json"))
        Path(paths[-1]).write_bytes(program(mark))
    script = (
        "from podium.importers.writer import import_sessionize\n"
        f"for path in {paths!r}:\n"
        "    import_sessionize(open(path, 'rb').read(), slug='twoproc')\n"
    )
    result = run_podium(env, "shell", "--no-imports", "-c", script)
    assert result.returncode == 0, result.stderr


def marks_in(body: bytes) -> set[str]:
    return set(re.findall(r"\[mark-\d+\]", body.decode()))


@pytest.fixture(scope="module")
def published(servers, shared_env, tmp_path_factory):
    """The event imported with mark 0 and published through ``ENDPOINT``."""
    env = shared_env()
    import_programs(env, tmp_path_factory.mktemp("import"), ["[mark-0]"])
    result = run_podium(env, "endpoint", "create", "twoproc", "--id", ENDPOINT)
    assert result.returncode == 0, result.stderr
    return env


def view(server: Server, name: str) -> Response:
    return get(f"{server.url}/api/v2/{ENDPOINT}/view/{name}")


def test_two_processes_serve_one_body_under_one_etag(servers, published):
    first, second = view(servers[0], "Sessions"), view(servers[1], "Sessions")
    assert (first.status, second.status) == (200, 200)
    assert second.headers["ETag"] == first.headers["ETag"]
    assert second.body == first.body


def test_two_processes_change_through_one_served_by_other(servers, published):
    before = view(servers[1], "Sessions")
    admin = AdminSession(servers[0], published)
    admin.change_room(public_id=1, event="twoproc", name="Renamed through the first")
    after = view(servers[1], "Sessions")
    assert b"Renamed through the first" not in before.body
    assert b"Renamed through the first" in after.body
    assert after.headers["ETag"] != before.headers["ETag"]


def test_two_processes_cache_clear_clears_both(servers, published):
    before = [view(server, "All").headers["ETag"] for server in servers]
    result = run_podium(published, "cache", "clear")
    assert result.returncode == 0, result.stderr
    after = [view(server, "All").headers["ETag"] for server in servers]
    assert before[0] == before[1]
    assert after[0] == after[1]
    assert after[0] != before[0]


def test_two_processes_readers_never_see_half_an_import(servers, published, tmp_path):
    """Readers of both processes while imports alternate: one mark per body, one body per tag."""
    stop = threading.Event()
    answers: list[Response] = []

    def read(server: Server) -> None:
        while not stop.is_set():
            answers.append(view(server, "All"))

    readers = [threading.Thread(target=read, args=(server,)) for server in servers]
    for reader in readers:
        reader.start()
    try:
        import_programs(published, tmp_path, [f"[mark-{number}]" for number in range(1, 9)])
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    bodies_by_tag: dict[str, set[bytes]] = {}
    for answer in answers:
        bodies_by_tag.setdefault(answer.headers["ETag"], set()).add(answer.body)
    assert [a.status for a in answers if a.status != 200] == []
    assert [sorted(marks_in(a.body)) for a in answers if len(marks_in(a.body)) != 1] == []
    assert [tag for tag, bodies in bodies_by_tag.items() if len(bodies) != 1] == []
    assert [marks_in(view(server, "All").body) for server in servers] == [{"[mark-8]"}] * 2


class AdminSession:
    """An organizer signed in to the admin of one server (a cookie jar and CSRF token)."""

    USER, PASSWORD = "organizer", "a-long-test-password-1"

    def __init__(self, server: Server, env: dict[str, str]):
        self.server, self.env = server, env
        env = dict(env, DJANGO_SUPERUSER_PASSWORD=self.PASSWORD)
        result = run_podium(
            env, "createsuperuser", "--noinput", "--username", self.USER, "--email", "o@example.org"
        )
        assert result.returncode == 0 or "already taken" in result.stderr, result.stderr
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self.post("/admin/login/?next=/admin/", {"username": self.USER, "password": self.PASSWORD})

    def post(self, path: str, fields: dict[str, str]) -> str:
        page = self.opener.open(self.server.url + path, timeout=10).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}).encode()
        with self.opener.open(self.server.url + path, data=data, timeout=10) as answer:
            # The admin redirects after a successful form and shows the form again on errors.
            assert answer.url != self.server.url + path, f"{path} refused the form"
            return answer.read().decode()

    def change_room(self, *, public_id: int, event: str, name: str) -> None:
        script = (
            "from podium.program.models import Room; "
            f"room = Room.objects.get(event__slug={event!r}, public_id={public_id}); "
            "print(room.pk, room.event_id, room.sort)"
        )
        result = run_podium(self.env, "shell", "--no-imports", "-c", script)
        pk, event_pk, sort = result.stdout.split()
        fields = {"event": event_pk, "public_id": str(public_id), "name": name, "sort": sort}
        self.post(f"/admin/program/room/{pk}/change/", fields)
