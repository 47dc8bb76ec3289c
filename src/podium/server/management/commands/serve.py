import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import OperationalError, connection

from podium.importers.mirror.schedule import schedule_all as schedule_mirrors
from podium.server.bind import ensure_port_free
from podium.server.database import prepare_database
from podium.server.malloc import map_large_blocks
from podium.server.startup import startup_lock
from podium.server.task_workers import TaskWorkers

# gunicorn's access log: the combined log format, plus how long podium took to answer
# (milliseconds). Under granian podium writes the same line (podium/server/access_log.py).
ACCESS_LOG_FORMAT = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'
SERVERS = ("granian", "gunicorn")
# By the figures of docs/benchmarks.md ("Choice of server").
DEFAULT_SERVER = "granian"
# Seconds a worker may take to finish its requests after SIGTERM.
GRACEFUL_TIMEOUT = 20


def default_workers() -> int:
    """The number of CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def database_name() -> str:
    """The database podium uses, for messages (never with its password)."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"the SQLite database {db['NAME']}"
    return f"the {connection.vendor} database {db['NAME']!r} at {db['HOST']}:{db['PORT']}"


def first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0]


class Command(BaseCommand):
    help = (
        "Serve podium with a production HTTP server: granian by default, or gunicorn with "
        "--server gunicorn. Applies migrations first and loads the demo event into a new, "
        "empty database. Stops gracefully on SIGTERM and Ctrl+C."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="address to bind")
        parser.add_argument("--port", type=int, default=8000, help="port to bind")
        # No default here: the number of CPUs is the machine's, and --help (and the
        # docs generated from this parser) should not depend on it.
        parser.add_argument(
            "--workers",
            type=int,
            metavar="N",
            help="worker processes (default: the number of CPUs)",
        )
        parser.add_argument(
            "--server",
            choices=SERVERS,
            default=DEFAULT_SERVER,
            help="the HTTP server: granian (HTTP in Rust) or gunicorn (sync workers, "
            "or gthread with --threads above 1)",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=1,
            metavar="N",
            help="Python threads per worker running podium (granian's blocking threads; "
            "gunicorn's gthread workers above 1)",
        )
        parser.add_argument(
            "--no-demo", action="store_true", help="do not load the demo event into a new database"
        )
        parser.add_argument(
            "--no-access-log", action="store_true", help="do not log each request to stdout"
        )

    def handle(self, *args, **options):
        if options["workers"] is None:
            options["workers"] = default_workers()
        if not 1 <= options["port"] <= 65535:
            raise CommandError(f"--port {options['port']}: use a port from 1 to 65535")
        if options["workers"] < 1 or options["threads"] < 1:
            raise CommandError("--workers and --threads must be at least 1")
        ensure_port_free(options["host"], options["port"])
        try:
            # Processes starting together take turns: one migrates and fills a new database.
            with startup_lock():
                event = prepare_database(load_demo_if_new=not options["no_demo"])
                # Inside the lock: processes starting together queue each run once.
                schedule_mirrors()
        except OperationalError as error:
            raise CommandError(f"cannot use {database_name()}: {first_line(error)}") from None
        if event is not None:
            self.stdout.write(f"New database: loaded the demo event {event.slug!r}.")
        if settings.PODIUM_PUBLISH_DIR:
            from podium.publish.prerender import publish_all

            # The files of changes made while podium was stopped; later ones follow.
            publish_all()
        first_run = not get_user_model().objects.exists()
        # Workers are forked from this process: they must not share its connection.
        connection.close()
        # Before the fork, so every worker gives back what a large render took.
        map_large_blocks()

        from podium.wsgi import application

        bind = f"[{options['host']}]" if ":" in options["host"] else options["host"]
        self.stdout.write(f"Serving podium on http://{bind}:{options['port']}/")
        if first_run:
            self.stdout.write(
                f"No account yet: open http://{bind}:{options['port']}/console/ "
                "to create the first one."
            )
        # Flush now, or every forked worker would print the buffered lines again.
        self.stdout.flush()
        # The durable queue's workers: started once the server listens, stopped after it.
        task_workers = TaskWorkers(
            settings.TASK_WORKERS if settings.TASK_BACKEND == "database" else 0,
            stop_timeout=GRACEFUL_TIMEOUT,
        )
        if options["server"] == "gunicorn":
            serve_with_gunicorn(application, bind, options, task_workers)
        else:
            serve_with_granian(application, options, task_workers)


def serve_with_granian(application, options, task_workers: TaskWorkers) -> None:
    from podium.server.granian_app import serve

    serve(
        application,
        host=options["host"],
        port=options["port"],
        workers=options["workers"],
        threads=options["threads"],
        access_log=not options["no_access_log"],
        stop_timeout=GRACEFUL_TIMEOUT,
        on_listening=task_workers.start,
        on_stopped=task_workers.stop,
    )


def serve_with_gunicorn(application, bind: str, options, task_workers: TaskWorkers) -> None:
    from podium.server.gunicorn_app import PodiumServer

    PodiumServer(
        application,
        {
            "bind": f"{bind}:{options['port']}",
            "workers": options["workers"],
            "threads": options["threads"],
            "worker_class": "gthread" if options["threads"] > 1 else "sync",
            "accesslog": None if options["no_access_log"] else "-",
            "access_log_format": ACCESS_LOG_FORMAT,
            "errorlog": "-",
            "graceful_timeout": GRACEFUL_TIMEOUT,
            "timeout": 60,
            "proc_name": "podium",
            # Its default path is shared by every server of the user; podium
            # is managed with signals instead.
            "control_socket_disable": True,
            "when_ready": lambda arbiter: task_workers.start(),
            "on_exit": lambda arbiter: task_workers.stop(),
        },
    ).run()
