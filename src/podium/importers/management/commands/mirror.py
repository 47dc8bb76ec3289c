from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from podium.importers.errors import SessionizeError
from podium.importers.frab.command import add_private_addresses_option
from podium.importers.mirror.adding import add_mirror
from podium.importers.mirror.models import Mirror, MirrorKind, MirrorPolicy
from podium.importers.mirror.run import run_mirror
from podium.importers.mirror.schedule import schedule
from podium.importers.mirror.timing import format_every, parse_every


class Command(BaseCommand):
    help = (
        "Keep an event in line with a Sessionize endpoint or a pretalx event, fetched on a "
        "schedule. Run `podium mirror <action> --help` for each action's options."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        add = actions.add_parser(
            "add",
            help="mirror a source into an event; runs once at once",
            description="Mirror a source into an event (created when missing). The source "
            "is read once at once: a source that fails is not added.",
        )
        add.add_argument("event_slug", help="the event to keep in line with the source")
        add.add_argument(
            "url",
            help="a Sessionize endpoint (https://sessionize.com/api/v2/<id>/) or, with "
            "--kind pretalx, a pretalx event (https://pretalx.example.org/<event>/)",
        )
        add.add_argument(
            "--every", default="5m", metavar="<interval>", help="time between runs, 1m to 7d"
        )
        add.add_argument(
            "--kind",
            choices=MirrorKind.values,
            default="sessionize",
            help="the source's kind: sessionize or pretalx",
        )
        policy = add.add_mutually_exclusive_group()
        policy.add_argument(
            "--source-wins",
            dest="policy",
            action="store_const",
            const=MirrorPolicy.SOURCE_WINS,
            help="changes made in podium are replaced by the source's (the default)",
        )
        policy.add_argument(
            "--keep-edits",
            dest="policy",
            action="store_const",
            const=MirrorPolicy.KEEP_EDITS,
            help="objects edited, added or deleted in podium stay as podium has them",
        )
        add.add_argument("--timezone", metavar="<IANA>", help="a new event's time zone")
        add.add_argument("--name", metavar="<name>", help="a new event's name")
        add_private_addresses_option(add)
        actions.add_parser("list", help="show the mirrors and how their last runs went")
        remove = actions.add_parser("remove", help="stop mirroring; the event stays as it is")
        remove.add_argument("event_slug")
        run = actions.add_parser("run-now", help="run a mirror now and show the outcome")
        run.add_argument("event_slug")
        run.add_argument(
            "--force",
            action="store_true",
            help="download and apply in full even when the source says it is unchanged",
        )

    def handle(self, *args, **options):
        return getattr(self, f"handle_{options['action'].replace('-', '_')}")(options)

    def handle_add(self, options):
        slug = options["event_slug"]
        try:
            mirror, outcome = add_mirror(
                slug,
                options["url"],
                kind=options["kind"],
                every=parse_every(options["every"]),
                policy=options["policy"] or MirrorPolicy.SOURCE_WINS,
                allow_private=options["allow_private"],
                name=options["name"],
                time_zone=options["timezone"],
            )
        except SessionizeError as error:
            raise CommandError(f"{error} (the mirror was not added)") from None
        self.stdout.write(
            f"Mirroring {mirror.url} into event {slug!r} every {format_every(mirror.every)} "
            f"({mirror.get_policy_display().lower()})."
        )
        self.stdout.write(outcome.result)

    def handle_list(self, options):
        mirrors = Mirror.objects.select_related("event")
        for mirror in mirrors:
            for line in describe(mirror):
                self.stdout.write(line)
        if not mirrors:
            self.stdout.write("No mirrors.")

    def handle_remove(self, options):
        mirror = find_mirror(options["event_slug"])
        with transaction.atomic():
            mirror.delete()
        self.stdout.write(f"Event {options['event_slug']!r} is no longer mirrored.")

    def handle_run_now(self, options):
        mirror = find_mirror(options["event_slug"])
        outcome = run_mirror(mirror, force=options["force"])
        schedule(mirror.pk)
        if outcome.failed:
            raise CommandError(f"{outcome.error} (the event is unchanged)")
        self.stdout.write(outcome.result)


def find_mirror(slug: str) -> Mirror:
    mirror = Mirror.objects.select_related("event").filter(event__slug=slug).first()
    if mirror is None:
        raise CommandError(f"event {slug!r} has no mirror (see `podium mirror list`)")
    return mirror


def when(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M:%S %Z") if moment else "never"


def describe(mirror: Mirror) -> list[str]:
    lines = [
        f"{mirror.event.slug}: {mirror.kind} {mirror.url}",
        f"  every {format_every(mirror.every)}, {mirror.get_policy_display().lower()}",
        f"  last fetch: {when(mirror.last_fetch_at)}: {mirror.last_result or '-'}",
    ]
    if mirror.last_error:
        lines.append(f"  error (failed runs in a row: {mirror.failures}): {mirror.last_error}")
    lines.append(f"  next run: {when(mirror.next_run_at)}")
    return lines
