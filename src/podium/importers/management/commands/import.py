from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from podium.importers.archive import command as archive
from podium.importers.errors import SessionizeError
from podium.importers.frab import command as frab
from podium.importers.source import read_source
from podium.importers.writer import import_sessionize


class Command(BaseCommand):
    help = (
        "Import a conference program from another service. `podium import sessionize` "
        "reads a Sessionize All-view response (file or URL) into an event; `podium import "
        "frab` a frab / c3voc schedule; `podium import pretalx` a pretalx event."
    )

    def add_arguments(self, parser):
        sources = parser.add_subparsers(dest="source", metavar="<source>", required=True)
        sessionize = sources.add_parser(
            "sessionize",
            help="a Sessionize API response of the All view (JSON)",
            description=(
                "Create the event, or update it in place, from a Sessionize All-view "
                "response. Rows whose ids are still in the file keep their identity; rows "
                "no longer in it are deleted. Nothing is written unless the whole file is valid."
            ),
        )
        sessionize.add_argument("input", metavar="<file-or-url>", help="a path or http(s) URL")
        sessionize.add_argument(
            "--event", required=True, metavar="<slug>", help="slug of the event to create or update"
        )
        sessionize.add_argument(
            "--timezone",
            metavar="<IANA>",
            help="the event's time zone, e.g. Europe/London; times without Z are local to it "
            "(new events default to UTC; an existing event keeps its zone)",
        )
        sessionize.add_argument(
            "--name", metavar="<name>", help="the event's name (new events default to the slug)"
        )
        sessionize.add_argument(
            "--speakers",
            metavar="<file-or-url>",
            help="the same event's Speakers view: tells which questions are for speakers "
            "(the All view shows it only through answers) and adds the answers' answerExtra",
        )
        frab.add_private_addresses_option(sessionize)
        frab.add_parsers(sources)
        archive.add_parser(sources)

    def handle(self, *args, **options):
        if options["source"] == "podium":
            self.stdout.write(archive.handle(options))
            return
        try:
            if options["source"] in ("frab", "pretalx"):
                result = frab.run(options)
            else:
                raw = read_source(options["input"], allow_private=options["allow_private"])
                speakers = options["speakers"]
                if speakers is not None:
                    speakers = read_speakers(speakers, options["allow_private"])
                result = import_sessionize(
                    raw,
                    slug=options["event"],
                    name=options["name"],
                    time_zone=options["timezone"],
                    speakers=speakers,
                )
        except SessionizeError as exc:
            raise CommandError(str(exc)) from None
        except DatabaseError as exc:
            # E.g. another import created the same event meanwhile; the transaction rolled back.
            raise CommandError(f"the database refused the import, nothing changed: {exc}") from None
        self.stdout.write(result.summary())
        if result.zone_guessed:
            self.stderr.write(
                "Note: the file's times have no time zone and --timezone was not given, so "
                "they are taken as UTC. If the venue is elsewhere, import again with "
                "--timezone, e.g. --timezone Europe/London."
            )
        for question in result.guessed_questions:
            self.stderr.write(
                f"Note: question {question.id} ({question.question!r}) is taken as a session "
                "question because nobody answered it, and an All view shows whether a "
                "question is for sessions or speakers only through its answers."
            )
        if result.guessed_questions:
            self.stderr.write(
                "To take each question's target from Sessionize, import again with "
                "--speakers and the event's Speakers view (.../view/Speakers)."
            )


def read_speakers(path_or_url: str, allow_private: bool) -> bytes:
    try:
        return read_source(path_or_url, allow_private=allow_private)
    except SessionizeError as error:
        raise SessionizeError(f"--speakers: {error}") from None
