"""Command-line arguments shared by podium's endpoint commands."""

import argparse

from django.core.management.base import CommandError

from podium.publish.listing import DEFAULT_BASE_URL
from podium.publish.models import Endpoint, Format, IncludeSessions


def one_of(values: list[str]):
    """An argparse type whose error message does not depend on the Python version."""

    def check(value: str) -> str:
        if value not in values:
            raise argparse.ArgumentTypeError(f"{value!r}: use one of {', '.join(values)}")
        return value

    return check


def add_option_arguments(parser) -> None:
    """The options an endpoint has; on update, an option left out stays as it is."""
    parser.add_argument("--name", help="a name for organizers (not published)")
    parser.add_argument(
        "--format",
        type=one_of(Format.values),
        metavar="|".join(Format.values),
        help="response format (default: json)",
    )
    parser.add_argument(
        "--sessions",
        type=one_of(IncludeSessions.values),
        metavar="|".join(IncludeSessions.values),
        help="informed: accepted sessions whose speakers were informed (default); "
        "accepted: every accepted session",
    )
    parser.add_argument(
        "--service-sessions",
        action=argparse.BooleanOptionalAction,
        help="include breaks, lunch and other service sessions (default: on)",
    )
    parser.add_argument(
        "--links",
        action=argparse.BooleanOptionalAction,
        help="include speakers' links (default: on)",
    )
    parser.add_argument(
        "--custom-fields",
        metavar="all|none|ID,...",
        help="custom fields to publish: all (every category and question the event has "
        "now), none (default), or ids; an id that is both a category and a question is "
        "written category:ID or question:ID",
    )
    parser.add_argument(
        "--group-by",
        metavar="CATEGORY-ID|none",
        help="group the Sessions view by this session category (it must be exposed)",
    )
    parser.add_argument(
        "--utc",
        action=argparse.BooleanOptionalAction,
        help="times in UTC with a Z suffix instead of the event's local time (default: off)",
    )
    parser.add_argument(
        "--show-schedule",
        action=argparse.BooleanOptionalAction,
        help="show times and rooms before the event announces its schedule (default: off)",
    )
    state = parser.add_mutually_exclusive_group()
    state.add_argument(
        "--enable", dest="enabled", action="store_const", const=True, help="publish the endpoint"
    )
    state.add_argument(
        "--disable",
        dest="enabled",
        action="store_const",
        const=False,
        help="stop publishing it: its URLs answer 404",
    )


def base_url(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"{value!r} is not an http:// or https:// URL")
    return value


def add_base_url(parser) -> None:
    parser.add_argument(
        "--base-url",
        type=base_url,
        default=DEFAULT_BASE_URL,
        help=f"where podium is served, for the printed URLs ({DEFAULT_BASE_URL})",
    )


def find_endpoint(endpoint_id: str) -> Endpoint:
    endpoint = Endpoint.objects.select_related("event").filter(pk=endpoint_id).first()
    if endpoint is None:
        raise CommandError(f"no endpoint with id {endpoint_id!r}")
    return endpoint
