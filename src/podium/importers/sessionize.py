"""Parse and validate a Sessionize ``All`` view response, current or older format.

Pure: no database. Every problem raises :class:`SessionizeError` naming its location.
"""

from podium.importers import program as p
from podium.importers.errors import SessionizeError
from podium.importers.integrity import check_integrity
from podium.importers.json_document import decode_json
from podium.importers.objects import (
    TimeMode,
    parse_category,
    parse_question,
    parse_room,
    parse_session,
    parse_speaker,
)
from podium.importers.reader import Node, describe

__all__ = ["ParsedProgram", "SessionizeError", "parse_all"]

ParsedProgram = p.ParsedProgram
TOP_KEYS = ("sessions", "speakers", "questions", "categories", "rooms")


def parse_all(raw: bytes) -> p.ParsedProgram:
    """The program in an ``All`` view response (UTF-8, with or without BOM)."""
    data = decode_json(raw)
    if not isinstance(data, dict):
        # The other views are lists: a common mix-up when saving the response.
        hint = " (the other views are lists; import the All view)" if isinstance(data, list) else ""
        raise SessionizeError(
            "not a Sessionize All view: expected an object at the top level, "
            f"found {describe(data)}{hint}"
        )
    top = Node(data, "")
    missing = [key for key in TOP_KEYS if key not in top.value]
    if missing:
        raise SessionizeError(
            "not a Sessionize All view: the top-level object lacks "
            + ", ".join(f'"{key}"' for key in missing)
        )
    times = TimeMode()
    parsed = p.ParsedProgram(
        sessions=[parse_session(node, times) for node in top.objects("sessions")],
        speakers=[parse_speaker(node) for node in top.objects("speakers")],
        questions=[parse_question(node) for node in top.objects("questions")],
        categories=[parse_category(node) for node in top.objects("categories")],
        rooms=[parse_room(node) for node in top.objects("rooms")],
        utc_times=times.utc is True,
    )
    check_integrity(parsed)
    return parsed
