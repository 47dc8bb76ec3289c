"""A real capture, imported, published with the CLI and read over HTTP, comes back exactly."""

import gzip
import io
import json

import pytest
from django.core.management import call_command

from podium.importers.writer import import_sessionize
from tests.conftest import shared_path
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db


def wire(value) -> str:
    """Text that differs whenever a value, a list order or a key order differs."""
    return json.dumps(value, ensure_ascii=False, indent=1)


def test_capture_published_with_cli_served_over_http_equals_capture(client):
    raw = shared_path("fixtures/sessionize/scottish-summit-2026/All.json").read_bytes()
    import_sessionize(raw, slug="summit", time_zone="Europe/London")
    out = io.StringIO()
    call_command(
        "endpoint", "create", "summit", "--sessions", "accepted", "--custom-fields", "all",
        stdout=out,
    )  # fmt: skip
    endpoint_id = out.getvalue().splitlines()[-1]

    response = client.get(view_url(endpoint_id, "all"), headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    body = gzip.decompress(response.content)
    assert wire(json.loads(body)) == wire(json.loads(raw.decode("utf-8-sig")))

    rendered = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    call_command("render", endpoint_id, "All", stdout=rendered)
    rendered.flush()
    assert rendered.buffer.getvalue() == body
