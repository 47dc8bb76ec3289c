import http.server
import zlib

import orjson
import pytest

from tests.conftest import shared_path
from tests.servers import serving

LINZ = "fixtures/sessionize/global-azure-linz-2024/All.json"
BASE = "/api/v2/linz24/"


class SourceHandler(http.server.BaseHTTPRequestHandler):
    """Plays a source: ``server.files`` {path: bytes}; an ETag or a hashonly
    answer when ``server.etags`` / ``server.hashes`` say so; ``server.status`` overrides."""

    def do_GET(self):
        server = self.server
        server.requests.append((self.path, self.headers.get("If-None-Match")))
        path, _, query = self.path.partition("?")
        body = server.files.get(path)
        if server.status != 200 or body is None:
            self.answer(server.status if body is not None else 404, b"{}")
            return
        tag = f'"{zlib.crc32(body):08x}"'
        if query == "hashonly=true" and server.hashes:
            self.answer(200, f"{zlib.crc32(body):08x}cafe".encode())
        elif server.etags and self.headers.get("If-None-Match") == tag:
            self.answer(304, b"", tag)
        else:
            self.answer(200, body, tag if server.etags else None)

    def answer(self, status: int, body: bytes, tag: str | None = None):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if tag:
            self.send_header("ETag", tag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def speakers_view(program: dict) -> list:
    """The Speakers view of an All view whose speakers answer no questions."""
    return [{"id": speaker["id"], "questionAnswers": []} for speaker in program["speakers"]]


@pytest.fixture
def linz() -> dict:
    return orjson.loads(shared_path(LINZ).read_bytes())


@pytest.fixture
def source(linz):
    """A Sessionize endpoint on 127.0.0.1 serving the Linz capture; ``source.publish(all)``
    changes what it serves."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SourceHandler)
    server.requests = []
    server.status = 200
    server.etags = True
    server.hashes = False

    def publish(program: dict):
        server.files = {
            f"{BASE}view/All": orjson.dumps(program),
            f"{BASE}view/Speakers": orjson.dumps(speakers_view(program)),
        }

    server.publish = publish
    publish(linz)
    server.root = f"http://127.0.0.1:{server.server_address[1]}"
    server.url = f"{server.root}{BASE}"
    with serving(server):
        yield server
