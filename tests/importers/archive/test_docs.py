"""The archive example in docs/archive.md is an archive podium restores as written."""

import re

import orjson

from podium.importers.archive import export_event, restore_event
from tests.test_docs import read


def documented_example() -> dict:
    (block,) = re.findall(r"```json\n(.*?)```", read("docs/archive.md"), re.DOTALL)
    return orjson.loads(block)


def test_archive_doc_example_restores_and_exports_unchanged(db):
    example = documented_example()
    event = restore_event(example).event
    assert export_event(event) == example


def test_archive_doc_lists_every_key_of_the_format(small_event):
    doc = read("docs/archive.md")
    archive = export_event(small_event)
    keys = set(archive) | set(archive["event"])
    for name in ("rooms", "categories", "questions", "speakers", "sessions", "endpoints"):
        for record in archive[name]:
            keys |= set(record)
            for value in record.values():
                if isinstance(value, list) and value and isinstance(value[0], dict):
                    keys |= set(value[0])
    assert sorted(key for key in keys if f"`{key}`" not in doc) == []
