from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from podium.server.tasks import PodiumWorker


class Command(BaseCommand):
    help = (
        "Run queued background tasks (publication history, webhook deliveries). "
        "`podium serve` starts PODIUM_TASK_WORKERS of these itself; run it on its own "
        "when serve starts none. Stops gracefully on SIGTERM, after its current task."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch",
            action="store_true",
            help="run the tasks that are due, then exit (instead of waiting for more)",
        )

    def handle(self, *args, **options):
        if settings.TASK_BACKEND != "database":
            raise CommandError(
                f"PODIUM_TASK_BACKEND is {settings.TASK_BACKEND}: tasks run where they are "
                "queued, there is no queue to work on"
            )
        worker = PodiumWorker(batch=options["batch"])
        worker.configure_signals()
        try:
            worker.run()
        finally:
            worker.reset_signals()
