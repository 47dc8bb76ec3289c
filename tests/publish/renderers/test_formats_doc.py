"""docs/formats.md states the XML item names and URLs the code uses."""

import re
from pathlib import Path

from django.urls import reverse

from podium.publish.renderers.xml import ITEM_NAMES
from podium.publish.xml_schema import SCHEMA_URL_PATH

DOC = (Path(__file__).resolve().parents[3] / "docs" / "formats.md").read_text(encoding="utf-8")


def test_formats_doc_item_table_matches_renderer():
    rows = re.findall(r"^\s*\| `(\w+)`(?: \(root\))? \| `(\w+)` \|$", DOC, re.MULTILINE)

    assert dict(rows) == ITEM_NAMES


def test_formats_doc_names_the_served_urls():
    assert reverse("xml-schema") == SCHEMA_URL_PATH
    assert f"`GET {SCHEMA_URL_PATH}`" in DOC
    assert (
        reverse("frab-json", args=["{endpointId}"]) == "/api/v2/%7BendpointId%7D/frab/schedule.json"
    )
    assert "GET /api/v2/{endpointId}/frab/schedule.json" in DOC
    assert "GET /api/v2/{endpointId}/frab/schedule.xml" in DOC
