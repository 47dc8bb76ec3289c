from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator

from podium.demo.endpoints import DemoIdTaken, demo_urls, frab_urls
from podium.demo.loader import DEMO_SLUG, load_demo
from podium.program.models import Event
from podium.server.database import pending_migrations


class Command(BaseCommand):
    help = (
        "Load the demo event, or reload it to undo changes made to it. Creates or resets "
        "its endpoints demojson (JSON), demoxml0 (XML), demoical (iCalendar) and demoembed "
        "(embeds for websites, shown as a page at /embed/demoembed/GridSmart), which "
        "expose every custom field, and prints their URLs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="where podium is served, for the printed URLs",
        )

    def handle(self, *args, **options):
        base_url = options["base_url"]
        try:
            URLValidator(schemes=["http", "https"])(base_url)
        except ValidationError as error:
            raise CommandError(f"--base-url {base_url!r}: give an http(s) URL") from error
        pending = pending_migrations()
        if pending:
            raise CommandError(
                f"The database lacks {pending} migration(s): run `podium migrate` "
                "(or `podium serve`, which migrates) first."
            )
        existed = Event.objects.filter(slug=DEMO_SLUG).exists()
        try:
            event = load_demo()
        except DemoIdTaken as error:
            raise CommandError(f"{error}. Nothing changed.") from None
        counts = ", ".join(
            f"{manager.count()} {label}"
            for label, manager in (
                ("sessions", event.sessions),
                ("speakers", event.speakers),
                ("rooms", event.rooms),
                ("categories", event.categories),
                ("questions", event.questions),
            )
        )
        action = "Reloaded" if existed else "Loaded"
        self.stdout.write(
            f"{action} the demo event {event.name!r} (slug {event.slug!r}): {counts}."
        )
        for demo, urls in demo_urls(base_url):
            self.stdout.write(f"\n{demo.name}, endpoint {demo.id}:")
            for url in urls:
                self.stdout.write(f"  {url}")
        self.stdout.write("\nEmbed demo page:")
        self.stdout.write(f"  {base_url.rstrip('/')}/embed/demoembed/GridSmart")
        self.stdout.write("\nfrab/c3voc schedule:")
        for url in frab_urls(base_url):
            self.stdout.write(f"  {url}")
