from django.core.management.base import BaseCommand

from podium.publish.cache import clear_all, clear_endpoint
from podium.publish.management.arguments import find_endpoint


class Command(BaseCommand):
    help = (
        "Clear cached API responses, of one endpoint or of all. The next request "
        "renders afresh in every server process."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        clear = actions.add_parser(
            "clear", help="clear cached responses of one endpoint, or of all endpoints"
        )
        clear.add_argument(
            "endpoint_id", nargs="?", help="only this endpoint (default: every endpoint)"
        )

    def handle(self, *args, **options):
        if options["endpoint_id"] is None:
            count = clear_all()
            self.stdout.write(f"Cleared the cached responses of {count} endpoint(s).")
            return
        endpoint = find_endpoint(options["endpoint_id"])
        clear_endpoint(endpoint)
        self.stdout.write(f"Cleared the cached responses of endpoint {endpoint.id}.")
