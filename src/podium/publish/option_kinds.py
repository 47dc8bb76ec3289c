"""What the option table is made of: the kinds of option and one option's description."""

from dataclasses import dataclass
from enum import StrEnum

from django.db import models

ON_OFF = {True: "on", False: "off"}


class OptionError(ValueError):
    """An option value that cannot be applied; the message names the option."""


class Format(models.TextChoices):
    JSON = "json", "JSON"
    XML = "xml", "XML"
    ICAL = "ical", "iCalendar"
    EMBED = "embed", "Embed (HTML for websites)"


class Clock(models.TextChoices):
    H24 = "24h", "24-hour clock (14:30)"
    H12 = "12h", "12-hour clock (2:30 PM)"


class Language(models.TextChoices):
    EN = "en", "English"
    DE = "de", "German (Deutsch)"


class IncludeSessions(models.TextChoices):
    INFORMED = "informed", "Accepted sessions whose speakers were informed"
    ACCEPTED = "accepted", "All accepted sessions"


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
    # Extra checks of the stored value (model field validators: console and CLI alike).
    validators: tuple = ()
    # The formats it changes (empty: every format); `podium endpoint list` shows it only there.
    formats: frozenset[str] = frozenset()

    @property
    def flag_name(self) -> str:
        """The flag without dashes: the key of the `podium endpoint list` options line."""
        return self.flag.removeprefix("--")


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
