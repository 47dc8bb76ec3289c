"""The curl examples of docs/api.md answer what the page shows (status, headers, bodies)."""

import json
import re
import shlex
from pathlib import Path

import orjson
import pytest

from podium.demo.loader import load_demo
from podium.publish.models import Endpoint
from podium.publish.render import render_endpoint_view

pytestmark = pytest.mark.django_db

API_DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"
BASE = "http://127.0.0.1:8000"


def shell_blocks(text: str) -> list[list[str]]:
    return [block.splitlines() for block in re.findall(r"```sh\n(.*?)```", text, re.S)]


def examples() -> list[tuple[list[str], list[str]]]:
    """(curl arguments, the ``# `` lines shown after it) for every curl example."""
    found = []
    for lines in shell_blocks(API_DOC.read_text(encoding="utf-8")):
        for line in lines:
            if line.startswith("curl "):
                words = shlex.split(line, comments=True)
                found.append((words[: words.index("|")] if "|" in words else words, []))
            elif line.startswith("# ") and found:
                found[-1][1].append(line[2:])
    return found


def request(client, words: list[str]):
    method, headers, url = "get", {}, None
    args = iter(words[1:])
    for word in args:
        if word == "-X":
            method = next(args).lower()
        elif word == "-H":
            name, _, value = next(args).partition(": ")
            headers[name] = value
        elif word == "--compressed":
            headers["Accept-Encoding"] = "gzip"
        elif word.startswith("http"):
            url = word.removeprefix(BASE)
        elif word.startswith("-") and not word.startswith("--") and "I" in word:
            method = "head"
    if any("<tag>" in value for value in headers.values()):
        # The page cannot know the current ETag: ask for it as a reader would.
        tag = client.get(url)["ETag"].strip('"')
        headers = {name: value.replace("<tag>", tag) for name, value in headers.items()}
    return getattr(client, method)(url, headers=headers)


@pytest.fixture
def demo(db):
    load_demo()


def test_api_docs_curl_examples_answer_as_shown(client, demo):
    checked = 0
    for words, shown in examples():
        response = request(client, words)
        expected_status = 200
        for line in shown:
            if "<" in line or "..." in line or not line.strip():
                continue  # a placeholder, not a literal value
            if line.startswith("HTTP/1.1 "):
                expected_status = int(line.split()[1])
            elif line.startswith(("{", "[")):
                assert (words, response.content.decode()) == (words, line)
            elif ": " in line:
                name, _, value = line.partition(": ")
                assert (words, response[name]) == (words, value)
        assert (words, response.status_code) == (words, expected_status)
        checked += 1
    assert checked >= 10


def json_examples() -> list[tuple[str, str, str, str]]:
    """(endpoint id, view, which part, JSON text) of every marked JSON example."""
    pattern = r"<!-- example: (\S+) (\S+) (\S+) -->\n```json\n(.*?)```"
    return re.findall(pattern, API_DOC.read_text(encoding="utf-8"), re.S)


PARTS = {
    "first": lambda data: data[0],
    "first-session": lambda data: data[0]["sessions"][0],
}


def test_api_docs_json_examples_equal_demo_views():
    load_demo()
    assert len(json_examples()) == 2
    for endpoint_id, view, part, text in json_examples():
        data = orjson.loads(render_endpoint_view(Endpoint.objects.get(pk=endpoint_id), view).body)
        assert (view, PARTS[part](data)) == (view, json.loads(text))
