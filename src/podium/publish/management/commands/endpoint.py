from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from podium.program.models import Event
from podium.publish.configure import OptionError, apply_changes, read_changes
from podium.publish.listing import describe, view_urls
from podium.publish.management.arguments import add_base_url, add_option_arguments, find_endpoint
from podium.publish.models import Endpoint


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
