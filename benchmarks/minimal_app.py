"""The throughput ceiling: a WSGI app that replays podium's recorded responses.

It answers every request with the bytes and headers podium gave for the same
request (200 with the body, or 304 when If-None-Match is sent), doing no other
work, so podium's throughput divided by this app's under the same server and
worker count is the share of time podium's own code costs.
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


RESPONSES = {"full": load("full"), "not_modified": load("not_modified")}


def app(environ, start_response):
    kind = "not_modified" if environ.get("HTTP_IF_NONE_MATCH") else "full"
    status, headers, body = RESPONSES[kind]
    start_response(status, headers)
    return [body]
