"""Every endpoint option, declared once.

The model's fields, the ``podium endpoint`` arguments and their checks, the console form,
both endpoint listings, the demo endpoints, what the view builders read
(``EndpointOptions``) and the reference in docs/api.md are all made from this table.
Adding an option is one entry here plus its effect where the published data is built.
"""

from dataclasses import dataclass
from enum import StrEnum

from django.db import models


class Format(models.TextChoices):
    JSON = "json", "JSON"
    XML = "xml", "XML"
    ICAL = "ical", "iCalendar"


class IncludeSessions(models.TextChoices):
    INFORMED = "informed", "Accepted sessions whose speakers were informed"
    ACCEPTED = "accepted", "All accepted sessions"


class OptionError(ValueError):
    """An option value that cannot be applied; the message names the option."""


class Kind(StrEnum):
    """What values an option takes; each surface knows how to show and read each kind."""

    SWITCH = "on or off"
    CHOICE = "one of a few values"
    TEXT = "text"
    CATEGORY = "a session category of the event, or none"
    CUSTOM_FIELDS = "a selection of the event's categories and questions"


class Setter(StrEnum):
    """Where an option can be set."""

    CONSOLE = "console"
    CLI = "CLI"


ORGANIZERS = frozenset({Setter.CONSOLE, Setter.CLI})


@dataclass(frozen=True)
class Option:
    name: str  # the model field (custom fields: two fields, exposed_*)
    kind: Kind
    default: object
    help: str  # one sentence: the console's help, `--help` and docs/api.md
    label: str  # the console form's label and the docs' name
    flag: str  # the CLI flag; a switch also takes "--no-" + flag, unless off_flag is set
    off_flag: str | None = None
    off_help: str = ""
    metavar: str | None = None  # how the CLI value is written, when not a switch or choice
    syntax: str = ""  # how the CLI value is written, in words (appended to --help)
    details: str = ""  # more for docs/api.md (Markdown)
    choices: type[models.TextChoices] | None = None
    max_length: int | None = None
    # In the options line of `podium endpoint list` (False: in its heading line).
    listed: bool = True
    # Phrases of the console's endpoint list by value (True: any category for CATEGORY).
    summary: tuple[tuple[object, str], ...] = ()
    none_label: str = ""  # what the console calls no category
    setters: frozenset[Setter] = ORGANIZERS
    # The view builders read it as the EndpointOptions attribute of the same name.
    read: bool = False

    @property
    def flag_name(self) -> str:
        """The flag without dashes: the key of the `podium endpoint list` options line."""
        return self.flag.removeprefix("--")


ON_OFF = {True: "on", False: "off"}

OPTIONS: tuple[Option, ...] = (
    Option(
        "name", Kind.TEXT, "", "For organizers only; never published.", "Name", "--name",
        metavar="NAME", max_length=200, listed=False,
    ),
    Option(
        "format", Kind.CHOICE, Format.JSON, "What the views return.", "Format", "--format",
        choices=Format, listed=False, details="See [Formats](#formats).",
    ),
    Option(
        "enabled", Kind.SWITCH, True,
        "Publish the endpoint; a disabled one answers 404 on every view.", "Enabled",
        "--enable", off_flag="--disable", off_help="stop publishing it: its URLs answer 404",
        listed=False,
    ),
    Option(
        "include_sessions", Kind.CHOICE, IncludeSessions.INFORMED,
        "Which accepted sessions are published.", "Sessions included", "--sessions",
        choices=IncludeSessions,
        summary=(("informed", "informed sessions"), ("accepted", "accepted sessions")),
    ),
    Option(
        "service_sessions", Kind.SWITCH, True,
        "Include breaks, lunch and other service sessions.", "Service sessions",
        "--service-sessions", read=True,
        summary=((True, "service sessions"), (False, "no service sessions")),
    ),
    Option(
        "speaker_links", Kind.SWITCH, True, "Include speakers' links.", "Speaker links",
        "--links", details="Otherwise `links` is `[]`.", read=True,
        summary=((True, "speaker links"), (False, "no speaker links")),
    ),
    Option(
        "custom_fields", Kind.CUSTOM_FIELDS, "none",
        "The session and speaker categories and questions to publish, each one individually.",
        "Custom fields", "--custom-fields", metavar="all|none|ID,...",
        syntax="all (every category and question the event has now), none, or ids; an id "
        "that is both a category and a question is written category:ID or question:ID",
        details="A hidden category vanishes from `categories`, from every item list and "
        "from grouping; a hidden question from `questions` and every answer list.",
    ),
    Option(
        "group_by", Kind.CATEGORY, None,
        "Group the Sessions view by this session category; it must be a published custom "
        "field.", "Group the Sessions view by", "--group-by", metavar="CATEGORY-ID|none",
        none_label="No grouping", summary=((True, "grouped by"),),
    ),
    Option(
        "utc_times", Kind.SWITCH, False,
        "Times in UTC with a Z suffix instead of the event's local time.", "UTC times",
        "--utc", read=True, summary=((True, "UTC times"),),
    ),
    Option(
        "show_schedule", Kind.SWITCH, False,
        "Show times and rooms even before the event announces its schedule (for testing).",
        "Show the schedule even before it is announced", "--show-schedule", read=True,
        summary=((True, "schedule always shown"),),
    ),
    Option(
        "top_speakers_only", Kind.SWITCH, False,
        "List only top speakers in the SpeakerWall view, for a wall of headliners.",
        "Speaker wall: top speakers only", "--top-speakers-only", read=True,
        summary=((True, "top speakers only on the wall"),),
    ),
)  # fmt: skip

BY_NAME = {option.name: option for option in OPTIONS}


def default_text(option: Option) -> str:
    """The default as `podium endpoint list` and the docs spell it."""
    if option.kind is Kind.SWITCH:
        return ON_OFF[option.default]
    if option.kind is Kind.TEXT:
        return "empty"
    return str(option.default or "none")


def lowered(text: str) -> str:
    """``text`` with a lower-case first letter, unless it starts an acronym (UTC, JSON)."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def model_defaults() -> dict[str, object]:
    """Model field values of a new endpoint (custom fields, which are rows, aside)."""
    return {o.name: o.default for o in OPTIONS if o.kind is not Kind.CUSTOM_FIELDS}
