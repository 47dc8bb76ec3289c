"""podium import pretalx against a local server playing pretalx: schedule and speakers API."""

import http.server
import json

import pytest
from django.core.management import CommandError, call_command

from podium.importers.errors import SessionizeError
from podium.importers.pretalx import PretalxUrls, import_pretalx
from podium.program import models as m
from tests.importers.frab import documents as d
from tests.servers import serving

pytestmark = pytest.mark.django_db

TOKEN = "s3cret"


class Pretalx(http.server.BaseHTTPRequestHandler):
    """The event "democon": its schedule for anyone, its speakers for the token's holder."""

    def do_GET(self):
        self.server.requests.append((self.path, self.headers.get("Authorization")))
        body = self.server.pages.get(self.path)
        if self.path.startswith("/api/") and self.headers.get("Authorization") != f"Token {TOKEN}":
            body, status = b'{"detail": "Invalid token."}', 401
        else:
            status = 200 if body is not None else 404
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args):
        pass


def speakers_page(results: list[dict], following: str | None) -> bytes:
    return json.dumps(
        {"count": 2, "next": following, "previous": None, "results": results}
    ).encode()


@pytest.fixture
def pretalx():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pretalx)
    server.requests = []
    url = f"http://127.0.0.1:{server.server_address[1]}"
    server.event_url = f"{url}/democon/"
    server.pages = {
        "/democon/schedule/export/schedule.json": json.dumps(d.SCHEDULE).encode(),
        "/api/events/democon/speakers/": speakers_page(
            [{"code": "ADA123", "name": "Ada Lovelace", "biography": "Counts.", "avatar": None}],
            f"{url}/api/events/democon/speakers/?page=2",
        ),
        "/api/events/democon/speakers/?page=2": speakers_page(
            [{"code": "BOB456", "biography": "Builds.", "avatar_url": "https://a.example/b.png"}],
            None,
        ),
    }
    with serving(server):
        yield server


def bios(event) -> dict:
    return {s.full_name: (s.bio, s.profile_picture) for s in event.speakers.all()}


def test_pretalx_urls_of_event_url_under_a_path():
    assert PretalxUrls.of("https://talks.example.org/pretalx/democon") == PretalxUrls(
        slug="democon",
        schedule="https://talks.example.org/pretalx/democon/schedule/export/schedule.json",
        speakers="https://talks.example.org/pretalx/api/events/democon/speakers/",
    )


def test_pretalx_import_without_token_reads_public_schedule(pretalx):
    event = import_pretalx(pretalx.event_url, allow_private=True).event

    assert (event.slug, event.name, event.sessions.count()) == (
        "democon",
        "Demo Conference 2027",
        4,
    )
    assert bios(event)["Ada Lovelace"] == (
        "Ada Lovelace writes software.",
        "https://pretalx.example.org/media/avatars/ADA123.png",
    )
    assert pretalx.requests == [("/democon/schedule/export/schedule.json", None)]


def test_pretalx_import_with_token_reads_speakers_from_every_api_page(pretalx):
    event = import_pretalx(pretalx.event_url, slug="demo27", token=TOKEN, allow_private=True).event

    assert bios(event) == {
        "Ada Lovelace": ("Counts.", None),
        "Bob de Vries": ("Builds.", "https://a.example/b.png"),
    }
    assert pretalx.requests == [
        ("/democon/schedule/export/schedule.json", None),
        ("/api/events/democon/speakers/", f"Token {TOKEN}"),
        ("/api/events/democon/speakers/?page=2", f"Token {TOKEN}"),
    ]


def test_pretalx_import_with_wrong_token_writes_nothing(pretalx):
    with pytest.raises(SessionizeError) as error:
        import_pretalx(pretalx.event_url, token="wrong", allow_private=True)

    assert str(error.value) == (
        f"{pretalx.event_url[:-8]}api/events/democon/speakers/: "
        "the server answered HTTP 401 Unauthorized"
    )
    assert m.Event.objects.count() == 0


def test_pretalx_import_refuses_next_page_on_another_server(pretalx):
    first = "/api/events/democon/speakers/"
    elsewhere = "http://127.0.0.2:9/api/events/democon/speakers/?page=2"
    pretalx.pages[first] = speakers_page([], elsewhere)

    with pytest.raises(SessionizeError) as error:
        import_pretalx(pretalx.event_url, token=TOKEN, allow_private=True)

    assert str(error.value) == (
        f"{pretalx.event_url[:-8]}{first[1:]}: the next page {elsewhere} is on another server"
    )
    assert [path for path, _ in pretalx.requests] == [
        "/democon/schedule/export/schedule.json",
        first,
    ]
    assert m.Event.objects.count() == 0


def test_pretalx_import_error_in_speakers_page_names_url_and_place(pretalx):
    pretalx.pages["/api/events/democon/speakers/?page=2"] = speakers_page([{"code": 7}], None)

    with pytest.raises(SessionizeError) as error:
        import_pretalx(pretalx.event_url, token=TOKEN, allow_private=True)

    assert str(error.value) == (
        f"{pretalx.event_url[:-8]}api/events/democon/speakers/?page=2: "
        "results[0].code: expected a string, found 7"
    )


def test_pretalx_command_prints_summary(pretalx, capsys):
    call_command(
        "import",
        "pretalx",
        pretalx.event_url,
        "--token",
        TOKEN,
        "--event",
        "dc",
        "--allow-private-addresses",
    )

    assert capsys.readouterr().out.startswith(
        "Created event 'dc' (time zone Europe/Berlin): 4 sessions, 2 speakers, 2 rooms"
    )


def test_pretalx_command_error_without_schedule(pretalx):
    missing = pretalx.event_url.replace("democon", "nocon")

    with pytest.raises(CommandError) as error:
        call_command("import", "pretalx", missing, "--allow-private-addresses")

    assert str(error.value) == (
        f"{missing}schedule/export/schedule.json: the server answered HTTP 404 Not Found"
    )
