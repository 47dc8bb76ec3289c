from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from podium.publish.freeze import frozen_files, write_files
from podium.publish.management.commands.endpoint import find_endpoint


class Command(BaseCommand):
    help = (
        "Write every view of an endpoint as files for a static host or CDN. The files are "
        "laid out like the API's URLs (<dir>/api/v2/<id>/view/All ...); docs/cli.md lists "
        "the content types to configure on the host."
    )

    def add_arguments(self, parser):
        parser.add_argument("endpoint_id", help="the endpoint's id")
        parser.add_argument("directory", help="where to write (created if missing)")

    def handle(self, *args, **options):
        endpoint = find_endpoint(options["endpoint_id"])
        root = Path(options["directory"])
        if root.exists() and not root.is_dir():
            raise CommandError(f"{root}: exists and is not a directory")
        files = frozen_files(endpoint)
        try:
            write_files(root, files)
        except OSError as error:
            raise CommandError(f"{root}: cannot write ({error.strerror or error})") from None
        if not endpoint.enabled:
            self.stderr.write(f"Note: endpoint {endpoint.id} is disabled; HTTP answers 404.")
        for relative in files:
            self.stdout.write(str(root / relative))
        self.stdout.write(f"Wrote {len(files)} files of endpoint {endpoint.id} into {root}.")
