"""The shape of an event archive: which keys each record has, in the order written.

A record's plain keys are the model's own field names and hold the column's value;
``id`` is the public id (the one the API shows). References to other records name
them by their public ids. See docs/archive.md for the whole format.
"""

from dataclasses import dataclass

from podium.program import models as m
from podium.publish.models import Endpoint

FORMAT = "podium-event-archive"
VERSION = 1


@dataclass(frozen=True)
class Layout:
    """The plain keys of one kind of record and the keys that hold references or lists."""

    model: type
    plain: tuple[str, ...]  # model field names, stored as they are
    nested: tuple[str, ...] = ()  # references and lists, read by the parser itself
    id_field: str | None = "public_id"  # the model field the "id" key holds, if any
    # Plain keys added after version 1: an archive without one gets the field's default.
    later: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return ("id",) * bool(self.id_field) + self.plain + self.nested

    def field(self, key: str):
        return self.model._meta.get_field(self.id_field if key == "id" else key)


EVENT = Layout(m.Event, ("slug", "name", "time_zone", "schedule_announced"), id_field=None)
ROOM = Layout(m.Room, ("name", "sort"))
CATEGORY = Layout(
    m.Category, ("title", "type", "sort", "single_choice"), ("items",), later=("single_choice",)
)
ITEM = Layout(m.CategoryItem, ("name", "sort"))
QUESTION = Layout(m.Question, ("target", "question", "question_type", "sort"))
SPEAKER = Layout(
    m.Speaker,
    ("first_name", "last_name", "bio", "tag_line", "profile_picture", "is_top_speaker"),
    ("links", "items", "answers"),
)
LINK = Layout(m.SpeakerLink, ("position", "title", "url", "link_type"), id_field=None)
SESSION = Layout(
    m.Session,
    (
        "title",
        "description",
        "starts_at",
        "ends_at",
        "is_service_session",
        "is_plenum_session",
        "status",
        "is_informed",
        "is_confirmed",
        "live_url",
        "recording_url",
    ),
    ("room", "speakers", "items", "answers"),
)
SESSION_SPEAKER = Layout(
    m.SessionSpeaker, ("position", "speaker_position"), ("speaker",), id_field=None
)
# A chosen category item and an answer, of a session or a speaker alike.
CHOSEN = Layout(m.SessionItem, ("position",), ("item",), id_field=None)
ANSWER = Layout(m.SessionAnswer, ("position", "value"), ("question",), id_field=None)
ENDPOINT = Layout(
    Endpoint,
    (
        "name",
        "format",
        "enabled",
        "include_sessions",
        "service_sessions",
        "speaker_links",
        "utc_times",
        "show_schedule",
    ),
    ("group_by", "exposed_categories", "exposed_questions"),
    id_field="id",  # the endpoint's id is its primary key
)

TOP_KEYS = (
    "format",
    "version",
    "event",
    "rooms",
    "categories",
    "questions",
    "speakers",
    "sessions",
    "endpoints",
)
