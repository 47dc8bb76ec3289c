import argparse

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from podium.program.models import Event
from podium.publish.configure import OptionError, apply_changes, read_changes
from podium.publish.listing import DEFAULT_BASE_URL, describe, view_urls
from podium.publish.models import Endpoint, Format, IncludeSessions


def add_option_arguments(parser) -> None:
    """The options an endpoint has; on update, an option left out stays as it is."""
    parser.add_argument("--name", help="a name for organizers (not published)")
    parser.add_argument("--format", choices=Format.values, help="response format (json)")
    parser.add_argument(
        "--sessions",
        choices=IncludeSessions.values,
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


class Command(BaseCommand):
    help = (
        "Create, list, update and delete the endpoints that publish an event. "
        "Run `podium endpoint <action> --help` for each action's options."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        create = actions.add_parser(
            "create",
            help="create an endpoint; prints its id alone on the last line",
            description="Create an endpoint of an event. The new id is printed alone on the "
            "last line of the output.",
        )
        create.add_argument("event_slug", help="the event to publish")
        create.add_argument("--id", help="a fixed id (8 to 12 lowercase letters and digits)")
        add_option_arguments(create)
        add_base_url(create)

        listing = actions.add_parser(
            "list", help="show endpoints with their options and the URLs of their views"
        )
        listing.add_argument("event_slug", nargs="?", help="only this event's endpoints")
        add_base_url(listing)

        update = actions.add_parser(
            "update", help="change an endpoint's options; options left out stay as they are"
        )
        update.add_argument("endpoint_id")
        add_option_arguments(update)

        delete = actions.add_parser("delete", help="delete an endpoint: its URLs answer 404")
        delete.add_argument("endpoint_id")

    def handle(self, *args, **options):
        return getattr(self, f"handle_{options['action']}")(options)

    def handle_create(self, options):
        event = Event.objects.filter(slug=options["event_slug"]).first()
        if event is None:
            raise CommandError(f"no event with slug {options['event_slug']!r}")
        endpoint = Endpoint(event=event)
        try:
            apply_changes(endpoint, read_changes(event, options))
        except OptionError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Created {endpoint.format} endpoint of event {event.slug!r}:")
        for view, url in view_urls(endpoint, options["base_url"]):
            self.stdout.write(f"  {view:<12} {url}")
        self.stdout.write(endpoint.id)

    def handle_list(self, options):
        endpoints = Endpoint.objects.select_related("event", "group_by").prefetch_related(
            "exposed_categories", "exposed_questions"
        )
        if options["event_slug"] is not None:
            if not Event.objects.filter(slug=options["event_slug"]).exists():
                raise CommandError(f"no event with slug {options['event_slug']!r}")
            endpoints = endpoints.filter(event__slug=options["event_slug"])
        for endpoint in endpoints:
            for line in describe(endpoint, options["base_url"]):
                self.stdout.write(line)
        if not endpoints:
            self.stdout.write("No endpoints.")

    def handle_update(self, options):
        endpoint = find_endpoint(options["endpoint_id"])
        try:
            apply_changes(endpoint, read_changes(endpoint.event, options, endpoint))
        except OptionError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Updated endpoint {endpoint.id}.")

    def handle_delete(self, options):
        endpoint = find_endpoint(options["endpoint_id"])
        with transaction.atomic():
            endpoint.delete()
        self.stdout.write(f"Deleted endpoint {options['endpoint_id']}.")


def find_endpoint(endpoint_id: str) -> Endpoint:
    endpoint = Endpoint.objects.select_related("event").filter(pk=endpoint_id).first()
    if endpoint is None:
        raise CommandError(f"no endpoint with id {endpoint_id!r}")
    return endpoint
