"""The throughput ceiling: a WSGI app that replays podium's recorded responses.

It answers every request with the bytes and headers podium gave for the same
request (304 when If-None-Match is sent, else the gzip body when Accept-Encoding
names gzip, else the plain body), doing no other work. Podium's throughput divided
by this app's, under the same server and worker count, is the share of the server's
capacity that podium's own code leaves.
"""

import json
import os
from pathlib import Path

REPLAY = Path(os.environ.get("PODIUM_BENCH_REPLAY", "."))


def load(name: str) -> tuple[str, list[tuple[str, str]], bytes]:
    meta = json.loads((REPLAY / f"{name}.json").read_text())
    body_file = REPLAY / f"{name}.body"
    body = body_file.read_bytes() if body_file.exists() else b""
    return meta["status"], [tuple(pair) for pair in meta["headers"]], body


RESPONSES = {name: load(name) for name in ("full", "gzip", "not_modified")}


def app(environ, start_response):
    if environ.get("HTTP_IF_NONE_MATCH"):
        kind = "not_modified"
    else:
        kind = "gzip" if "gzip" in environ.get("HTTP_ACCEPT_ENCODING", "") else "full"
    status, headers, body = RESPONSES[kind]
    start_response(status, headers)
    return [body]
