"""Podium's own lossless event archive: ``podium export`` and ``podium import podium``.

:func:`export_event` turns an event into plain JSON data holding everything podium
stores about it (program, statuses, positions, custom fields, endpoints and their
options); :func:`restore_event` makes an event exactly that again. The pair also serves
as the "previous state" of an event before an import. It lives beside the other
importers because restoring is an import: the same error type, the same checks of
texts and ids, one transaction. The format is described in docs/archive.md.
"""

import orjson

from podium.importers.archive.export import export_event
from podium.importers.archive.layout import FORMAT, VERSION
from podium.importers.archive.restore import RestoreResult, restore_event

__all__ = ["FORMAT", "VERSION", "RestoreResult", "dumps", "export_event", "restore_event"]


def dumps(archive: dict) -> bytes:
    """The archive as a file: UTF-8 JSON, indented for reading and diffing."""
    return orjson.dumps(archive, option=orjson.OPT_INDENT_2) + b"\n"
