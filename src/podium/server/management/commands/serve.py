import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from podium.server.database import prepare_database


class Command(BaseCommand):
    help = (
        "Serve podium with a production WSGI server (gunicorn). Applies migrations "
        "first and loads the demo event into a new, empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
        parser.add_argument("--port", type=int, default=8000, help="port to bind (8000)")
        parser.add_argument(
            "--workers",
            type=int,
            default=os.cpu_count() or 1,
            help="worker processes (default: the number of CPUs)",
        )
        parser.add_argument("--threads", type=int, default=1, help="threads per worker (1)")
        parser.add_argument(
            "--no-demo", action="store_true", help="do not load the demo event into a new database"
        )
        parser.add_argument(
            "--no-access-log", action="store_true", help="do not log each request to stderr"
        )

    def handle(self, *args, **options):
        if not 1 <= options["port"] <= 65535:
            raise CommandError(f"--port {options['port']}: use a port from 1 to 65535")
        if options["workers"] < 1 or options["threads"] < 1:
            raise CommandError("--workers and --threads must be at least 1")
        event = prepare_database(load_demo_if_new=not options["no_demo"])
        if event is not None:
            self.stdout.write(f"New database: loaded the demo event {event.slug!r}.")
        first_run = not get_user_model().objects.exists()
        connection.close()

        from podium.server.gunicorn_app import PodiumServer
        from podium.wsgi import application

        bind = f"[{options['host']}]" if ":" in options["host"] else options["host"]
        self.stdout.write(f"Serving podium on http://{bind}:{options['port']}/")
        if first_run:
            self.stdout.write(
                f"No account yet: open http://{bind}:{options['port']}/console/ "
                "to create the first one."
            )
        PodiumServer(
            application,
            {
                "bind": f"{bind}:{options['port']}",
                "workers": options["workers"],
                "threads": options["threads"],
                "worker_class": "gthread" if options["threads"] > 1 else "sync",
                "accesslog": None if options["no_access_log"] else "-",
                "errorlog": "-",
                "graceful_timeout": 20,
                "timeout": 60,
                "proc_name": "podium",
            },
        ).run()
