"""The ``frab`` and ``pretalx`` subcommands of ``podium import``."""

from podium.importers.frab.write import import_frab
from podium.importers.pretalx import import_pretalx
from podium.importers.source import read_source
from podium.importers.writer import check_options


def add_event_options(parser, *, slug_help: str, required: bool = True) -> None:
    parser.add_argument("--event", required=required, metavar="<slug>", help=slug_help)
    parser.add_argument(
        "--timezone",
        metavar="<IANA>",
        help="the event's time zone, e.g. Europe/Berlin (new events default to the "
        "schedule's time_zone_name, else UTC; an existing event keeps its zone)",
    )
    parser.add_argument(
        "--name",
        metavar="<name>",
        help="the event's name (new events default to the schedule's title)",
    )


def add_parsers(sources) -> None:
    frab = sources.add_parser(
        "frab",
        help="a frab / c3voc schedule (schedule.json or schedule.xml)",
        description=(
            "Create the event, or update it in place, from a frab schedule as pretalx, frab "
            "and the c3voc tools publish it, JSON or XML. Sessions are found again by their "
            "GUID; rows no longer in the schedule are deleted. Nothing is written unless the "
            "whole schedule is valid."
        ),
    )
    frab.add_argument("input", metavar="<file-or-url>", help="a path or http(s) URL")
    add_event_options(frab, slug_help="slug of the event to create or update")
    pretalx = sources.add_parser(
        "pretalx",
        help="a pretalx event: its public schedule, and speakers with --token",
        description=(
            "Create or update an event from a pretalx event's public schedule "
            "(<event-url>schedule/export/schedule.json). With --token, speakers' biographies "
            "and avatars are read from pretalx's API too. Nothing is written unless "
            "everything read is valid."
        ),
    )
    pretalx.add_argument(
        "input",
        metavar="<event-url>",
        help="the event's URL, e.g. https://pretalx.example.org/myconf/",
    )
    add_event_options(
        pretalx,
        slug_help="slug of the event to create or update (default: pretalx's)",
        required=False,
    )
    pretalx.add_argument(
        "--token", metavar="<token>", help="a pretalx API token of an organizer of the event"
    )


def run(options: dict):
    """The import the options ask for; raises SessionizeError on bad input."""
    event = {"name": options["name"], "time_zone": options["timezone"]}
    if options["source"] == "frab":
        check_options(options["event"], **event)  # before a download that would be wasted
        return import_frab(read_source(options["input"]), slug=options["event"], **event)
    return import_pretalx(options["input"], slug=options["event"], token=options["token"], **event)
