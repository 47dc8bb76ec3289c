from django.core.management.base import BaseCommand, CommandError

from podium.publish.frab.build import NoSchedule
from podium.publish.frab.render import FILES, render_frab
from podium.publish.management.arguments import find_endpoint
from podium.publish.render import ViewNotFound, render_endpoint_view


class Command(BaseCommand):
    help = (
        "Write one view of an endpoint to stdout, exactly as HTTP serves it. "
        "The body is uncompressed and rendered afresh, without the cache; "
        "frab/schedule.json and frab/schedule.xml write the frab schedules."
    )

    def add_arguments(self, parser):
        parser.add_argument("endpoint_id", help="the endpoint's id")
        parser.add_argument(
            "view",
            help="All, Sessions, Speakers, GridSmart (or GridTable), SpeakerWall, "
            "or frab/schedule.json or frab/schedule.xml",
        )

    def handle(self, *args, **options):
        endpoint = find_endpoint(options["endpoint_id"])
        view = options["view"]
        try:
            if view.lower() in FILES:
                body = render_frab(endpoint, FILES[view.lower()])
            else:
                body = render_endpoint_view(endpoint, view).body
        except ViewNotFound as error:
            raise CommandError(str(error)) from None
        except NoSchedule as error:
            raise CommandError(f"no frab schedule: {error}") from None
        if not endpoint.enabled:
            self.stderr.write(f"Note: endpoint {endpoint.id} is disabled; HTTP answers 404.")
        write_bytes(self.stdout, body)


def write_bytes(stdout, body: bytes) -> None:
    """Write the bytes unchanged (no newline added, no re-encoding)."""
    binary = getattr(stdout, "buffer", None)
    if binary is None:  # a text-only stream, such as StringIO
        stdout.write(body.decode("utf-8"), ending="")
        return
    stdout.flush()
    binary.write(body)
    binary.flush()
