from django.core.management.base import BaseCommand, CommandError

from podium.notify.deliveries import send_test
from podium.notify.models import Webhook
from podium.notify.signing import rotate
from podium.notify.webhooks import WebhookError, add_webhook
from podium.program.models import Event
from podium.publish.management.arguments import find_endpoint


class Command(BaseCommand):
    help = (
        "Add, list, test, rotate and remove the webhooks that receive an event's "
        "publications. Run `podium webhook <action> --help` for each action's options."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        add = actions.add_parser(
            "add",
            help="register a URL; prints its signing secret alone on the last line",
            description="Register a URL that receives each new publication of the event's "
            "endpoints, signed as Standard Webhooks. The signing secret is printed alone on "
            "the last line of the output, once.",
        )
        add.add_argument("event_slug", help="the event whose publications are sent")
        add.add_argument("url", help="the receiver's http:// or https:// URL")
        add.add_argument("--endpoint", metavar="ID", help="only this endpoint's publications")

        listing = actions.add_parser("list", help="show webhooks with their state")
        listing.add_argument("event_slug", nargs="?", help="only this event's webhooks")

        test = actions.add_parser("test", help="send a test message now and show the answer")
        test.add_argument("webhook_id", type=int)

        rotation = actions.add_parser(
            "rotate",
            help="give a webhook a new secret (printed on the last line); the old one "
            "still signs for PODIUM_WEBHOOK_ROTATION_HOURS",
        )
        rotation.add_argument("webhook_id", type=int)

        remove = actions.add_parser("remove", help="remove a webhook and its delivery log")
        remove.add_argument("webhook_id", type=int)

    def handle(self, *args, **options):
        return getattr(self, f"handle_{options['action']}")(options)

    def handle_add(self, options):
        event = Event.objects.filter(slug=options["event_slug"]).first()
        if event is None:
            raise CommandError(f"no event with slug {options['event_slug']!r}")
        endpoint = find_endpoint(options["endpoint"]) if options["endpoint"] else None
        try:
            webhook, secret = add_webhook(event, options["url"], endpoint)
        except WebhookError as error:
            raise CommandError(str(error)) from None
        which = f"endpoint {endpoint.id}" if endpoint else "every endpoint"
        self.stdout.write(f"Added webhook {webhook.pk} of event {event.slug!r} ({which}).")
        self.stdout.write(
            "Its signing secret, shown only now (podium webhook rotate makes a new one):"
        )
        self.stdout.write(secret)

    def handle_list(self, options):
        webhooks = Webhook.objects.select_related("event").order_by("event__slug", "pk")
        if options["event_slug"]:
            webhooks = webhooks.filter(event__slug=options["event_slug"])
        for webhook in webhooks:
            state = "enabled" if webhook.enabled else "disabled"
            which = webhook.endpoint_id or "all endpoints"
            self.stdout.write(
                f"{webhook.pk}  {state}  event={webhook.event.slug}  {which}  {webhook.url}"
            )
            if webhook.disabled_note:
                self.stdout.write(f"  {webhook.disabled_note}")

    def handle_test(self, options):
        delivery = send_test(find_webhook(options["webhook_id"]))
        if delivery.state != delivery.SUCCEEDED:
            raise CommandError(f"test message {delivery.message_id} failed: {delivery.last_error}")
        self.stdout.write(
            f"Test message {delivery.message_id}: HTTP {delivery.last_status} "
            f"in {delivery.last_duration_ms} ms"
        )

    def handle_rotate(self, options):
        secret = rotate(find_webhook(options["webhook_id"]))
        self.stdout.write("New signing secret (the previous one still signs for a while):")
        self.stdout.write(secret)

    def handle_remove(self, options):
        webhook = find_webhook(options["webhook_id"])
        webhook.delete()
        self.stdout.write(f"Removed webhook {options['webhook_id']} ({webhook.url}).")


def find_webhook(webhook_id: int) -> Webhook:
    webhook = Webhook.objects.select_related("event").filter(pk=webhook_id).first()
    if webhook is None:
        raise CommandError(f"no webhook with id {webhook_id}")
    return webhook
