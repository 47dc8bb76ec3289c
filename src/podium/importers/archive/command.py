"""``podium import podium``: the archive's part of the import command."""

from django.core.management.base import CommandError
from django.db import DatabaseError

from podium.importers.archive import restore_event
from podium.importers.errors import SessionizeError
from podium.importers.json_document import decode_json
from podium.importers.source import read_source


def add_parser(sources) -> None:
    parser = sources.add_parser(
        "podium",
        help="an event archive written by podium export (JSON)",
        description=(
            "Restore an event exactly from its archive: program, statuses, custom fields, "
            "endpoints with their ids and options. A new slug creates the event; an existing "
            "one needs --replace, and then everything it holds is replaced (its team stays). "
            "Nothing is written unless the whole archive is valid. See docs/archive.md."
        ),
    )
    parser.add_argument("input", metavar="<file-or-url>", help="a path or http(s) URL")
    parser.add_argument(
        "--event", required=True, metavar="<slug>", help="slug of the event to create or replace"
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="replace the event's program and endpoints if the event exists",
    )
    parser.add_argument(
        "--new-endpoint-ids",
        action="store_true",
        help="give the archive's endpoints new random ids (to copy an event whose "
        "endpoints still exist)",
    )


def handle(options) -> str:
    """Restore the archive the options name; the line to print."""
    try:
        result = restore_event(
            decode_json(read_source(options["input"])),
            slug=options["event"],
            replace=options["replace"],
            new_endpoint_ids=options["new_endpoint_ids"],
        )
    except SessionizeError as exc:
        raise CommandError(str(exc)) from None
    except DatabaseError as exc:
        # E.g. another restore took the same endpoint id meanwhile; all was rolled back.
        raise CommandError(f"the database refused the restore, nothing changed: {exc}") from None
    return result.summary()
