"""Command-line arguments shared by podium's endpoint commands."""

import argparse

from django.core.management.base import CommandError

from podium.publish.listing import DEFAULT_BASE_URL
from podium.publish.models import Endpoint
from podium.publish.option_table import OPTIONS, Kind, Option, Setter, default_text, lowered


def one_of(values: list[str]):
    """An argparse type whose error message does not depend on the Python version."""

    def check(value: str) -> str:
        if value not in values:
            raise argparse.ArgumentTypeError(f"{value!r}: use one of {', '.join(values)}")
        return value

    return check


def add_option_arguments(parser) -> None:
    """The options of the option table; on update, an option left out stays as it is."""
    for option in OPTIONS:
        if Setter.CLI not in option.setters:
            continue
        if option.kind is Kind.SWITCH and option.off_flag:
            pair = parser.add_mutually_exclusive_group()
            pair.add_argument(
                option.flag,
                dest=option.name,
                action="store_const",
                const=True,
                help=cli_help(option),
            )
            pair.add_argument(
                option.off_flag,
                dest=option.name,
                action="store_const",
                const=False,
                help=option.off_help,
            )
        elif option.kind is Kind.SWITCH:
            parser.add_argument(
                option.flag,
                dest=option.name,
                action=argparse.BooleanOptionalAction,
                help=cli_help(option),
            )
        elif option.kind is Kind.CHOICE:
            values = option.choices.values
            parser.add_argument(
                option.flag,
                dest=option.name,
                type=one_of(values),
                metavar="|".join(values),
                help=cli_help(option),
            )
        else:
            parser.add_argument(
                option.flag, dest=option.name, metavar=option.metavar, help=cli_help(option)
            )


def cli_help(option: Option) -> str:
    """The option's sentence in --help style (lower case, no full stop), and its default."""
    text = lowered(option.help.rstrip("."))
    if option.syntax:
        text += f": {option.syntax}"
    if option.kind is Kind.CHOICE:
        values = ", ".join(f"{value} ({lowered(label)})" for value, label in option.choices.choices)
        text += f": {values}"
    if option.kind is Kind.TEXT:
        return text
    return f"{text}; default: {default_text(option)}"


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
