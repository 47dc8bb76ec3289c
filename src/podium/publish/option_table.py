"""Every endpoint option, declared once.

The model's fields, the ``podium endpoint`` arguments and their checks, the console form,
both endpoint lists, the demo endpoints, what the view builders read
(``EndpointOptions``) and the reference in docs/api.md are all made from this table.
Adding an option is one entry here plus its effect where the published data is built
(and ``podium makemigrations`` for its field).
"""

from django.core.validators import RegexValidator

from podium.publish.option_kinds import (
    ON_OFF,
    ORGANIZERS,
    Clock,
    Format,
    IncludeSessions,
    Kind,
    Language,
    Option,
    OptionError,
    Setter,
    default_text,
    lowered,
)

__all__ = [
    "EMBED_ONLY", "ON_OFF", "OPTIONS", "ORGANIZERS", "Clock", "Format", "IncludeSessions", "Kind",
    "Language", "Option", "OptionError", "Setter", "default_text", "lowered", "model_defaults",
]  # fmt: skip

EMBED_ONLY = frozenset({Format.EMBED})

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
    # The look of the embed format; the other formats ignore these.
    Option(
        "embed_accent", Kind.TEXT, "",
        "Embeds: the accent colour of links, tabs and buttons, as #rrggbb (empty: podium's "
        "blue, #1d5fa8).", "Embed accent colour", "--accent", metavar="#RRGGBB",
        max_length=7, validators=(RegexValidator(r"^(#[0-9a-fA-F]{6})?$",
        "Give the accent colour as # and six hex digits, e.g. #1d5fa8."),),
        details="Choose a colour dark enough for white text on it and for links on white "
        "(a contrast of 4.5:1), as WCAG 2.1 AA asks.", formats=EMBED_ONLY,
    ),
    Option(
        "embed_clock", Kind.CHOICE, Clock.H24, "Embeds: how times are written.",
        "Embed clock", "--clock", choices=Clock, summary=(("12h", "12-hour clock"),),
        formats=EMBED_ONLY,
    ),
    Option(
        "embed_language", Kind.CHOICE, Language.EN,
        "Embeds: the language of the labels (the program itself is shown as written).",
        "Embed language", "--language", choices=Language,
        summary=(("de", "German labels"),), formats=EMBED_ONLY,
    ),
    Option(
        "embed_photos", Kind.SWITCH, True, "Embeds: show speakers' photos.",
        "Embed: speakers' photos", "--photos", summary=((False, "no photos"),),
        formats=EMBED_ONLY,
    ),
)  # fmt: skip


def model_defaults() -> dict[str, object]:
    """Model field values of a new endpoint (custom fields, which are rows, aside)."""
    return {o.name: o.default for o in OPTIONS if o.kind is not Kind.CUSTOM_FIELDS}
