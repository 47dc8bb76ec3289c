"""The eleven queries of load_program, one per table, each a flat ``values_list``.

Each is built by the ORM from the event's key and the endpoint's inclusion options,
and compiled once per process (``compiled.py``).
"""

from django.db.models import Q

from podium.program import models as m
from podium.program.queries.compiled import CompiledQuery
from podium.program.queries.inclusion import included


def of_included(event: int, include_uninformed: bool, service_sessions: bool) -> Q:
    """Rows that hang off an included session (its speakers, items, answers)."""
    options = {"include_uninformed": include_uninformed, "service_sessions": service_sessions}
    return Q(session__event=event) & included("session__", **options)


ROOMS = CompiledQuery(
    lambda event: (
        m.Room.objects.filter(event=event)
        .order_by("sort", "public_id", "pk")
        .values_list("pk", "public_id", "name", "sort")
    )
)


# Categories and their items in one LEFT JOIN query.
CATEGORIES = CompiledQuery(
    lambda event: m.Category.objects.filter(event=event)
    .order_by("sort", "public_id", "pk", "items__sort", "items__public_id", "items__pk")
    .values_list(
        "pk", "public_id", "title", "type", "sort",
        "items__pk", "items__public_id", "items__name", "items__sort",
    )
)  # fmt: skip


QUESTIONS = CompiledQuery(
    lambda event: (
        m.Question.objects.filter(event=event)
        .order_by("public_id", "pk")
        .values_list("pk", "public_id", "question", "question_type", "sort", "target")
    )
)


SESSION_FIELDS = (
    "pk", "public_id", "title", "description", "starts_at", "ends_at", "room_id",
    "is_service_session", "is_plenum_session", "status", "is_informed", "is_confirmed",
    "live_url", "recording_url",
)  # fmt: skip


# No ORDER BY: sessions are sorted in Python by start, room and key (load_sessions).
SESSIONS = CompiledQuery(
    lambda event, include_uninformed, service_sessions: (
        m.Session.objects.filter(
            included("", include_uninformed=include_uninformed, service_sessions=service_sessions),
            event=event,
        )
        .order_by()
        .values_list(*SESSION_FIELDS)
    )
)


SPEAKER_FIELDS = (
    "pk", "public_id", "first_name", "last_name", "bio", "tag_line", "profile_picture",
    "is_top_speaker",
)  # fmt: skip


def session_speakers(event: int, *options: bool):
    return m.SessionSpeaker.objects.filter(of_included(event, *options)).order_by("position", "pk")


def speakers_of_included(event: int, *options: bool):
    return session_speakers(event, *options).values("speaker_id")


# No ORDER BY: speakers are sorted in Python by the collation key.
SPEAKERS = CompiledQuery(
    lambda event, *options: (
        m.Speaker.objects.filter(event=event, pk__in=speakers_of_included(event, *options))
        .order_by()
        .values_list(*SPEAKER_FIELDS)
    )
)
SESSION_SPEAKERS = CompiledQuery(
    lambda event, *options: session_speakers(event, *options).values_list(
        "session_id", "speaker_id", "speaker_position"
    )
)
SPEAKER_LINKS = CompiledQuery(
    lambda event, *options: (
        m.SpeakerLink.objects.filter(speaker_id__in=speakers_of_included(event, *options))
        .order_by("position", "pk")
        .values_list("speaker_id", "title", "url", "link_type")
    )
)


SESSION_ITEMS = CompiledQuery(
    lambda event, *options: (
        m.SessionItem.objects.filter(of_included(event, *options))
        .order_by("position", "pk")
        .values_list("session_id", "item_id")
    )
)
SESSION_ANSWERS = CompiledQuery(
    lambda event, *options: (
        m.SessionAnswer.objects.filter(of_included(event, *options))
        .order_by("position", "pk")
        .values_list("session_id", "question_id", "value", "extra")
    )
)
SPEAKER_ITEMS = CompiledQuery(
    lambda event, *options: (
        m.SpeakerItem.objects.filter(speaker_id__in=speakers_of_included(event, *options))
        .order_by("position", "pk")
        .values_list("speaker_id", "item_id")
    )
)
SPEAKER_ANSWERS = CompiledQuery(
    lambda event, *options: (
        m.SpeakerAnswer.objects.filter(speaker_id__in=speakers_of_included(event, *options))
        .order_by("position", "pk")
        .values_list("speaker_id", "question_id", "value", "extra")
    )
)
