from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from podium.importers.archive import dumps, export_event
from podium.program.models import Event
from podium.publish.management.commands.render import write_bytes


class Command(BaseCommand):
    help = (
        "Write an event's lossless archive (JSON) to a file or stdout. Everything podium "
        "holds about the event: program, statuses, custom fields, endpoints and their ids; "
        "`podium import podium` restores it. See docs/archive.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("event", metavar="<event-slug>", help="the event to export")
        parser.add_argument(
            "file", nargs="?", metavar="FILE", help="where to write it (default: stdout)"
        )

    def handle(self, *args, **options):
        event = Event.objects.filter(slug=options["event"]).first()
        if event is None:
            raise CommandError(f"no event with slug {options['event']!r}")
        body = dumps(export_event(event))
        if options["file"] is None:
            write_bytes(self.stdout, body)
            return
        write_atomically(Path(options["file"]), body)
        self.stderr.write(
            f"Wrote the archive of {event.slug!r} to {options['file']} ({len(body)} bytes). "
            "It holds the endpoint ids: keep it as private as they are."
        )


def write_atomically(path: Path, body: bytes) -> None:
    """Replace ``path`` at once: a reader never sees half an archive."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(body)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CommandError(f"{path}: cannot write the file ({exc.strerror})") from None
