"""What one endpoint publishes, as typed values: the input of every format.

Each record is frozen and compares by value, so two publications of an endpoint can
be compared record by record (by id) and hashed. Records refer to each other by public
id (a session lists its speakers' ids, a speaker its sessions' ids), never by object,
so a change to a speaker does not look like a change to each of their sessions.

Times are aware datetimes in UTC: the instant itself. Wall-clock text is made only by
the serializers, from the instant and the zone they show it in.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from podium.publish.records.slots import stores_through_slots


@dataclass(frozen=True, slots=True)
class Room:
    id: int
    name: str
    sort: int


@dataclass(frozen=True, slots=True)
class Item:
    id: int
    name: str
    sort: int
    category_id: int


@dataclass(frozen=True, slots=True)
class Category:
    id: int
    title: str
    type: str  # "session" or "speaker"
    sort: int
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Question:
    id: int
    question: str
    question_type: str
    sort: int
    target: str  # "session" or "speaker"


@stores_through_slots
@dataclass(frozen=True, slots=True)
class Answer:
    question_id: int
    value: str
    # Sessionize's answerExtra (e.g. a file answer's URL), when the answer has one.
    extra: str | None = None


@stores_through_slots
@dataclass(frozen=True, slots=True)
class Link:
    title: str
    url: str
    link_type: str


@stores_through_slots
@dataclass(frozen=True, slots=True)
class Session:
    id: str
    title: str
    description: str | None
    # UTC instants; None when unscheduled or while the schedule is hidden.
    starts: dt.datetime | None
    ends: dt.datetime | None
    # None without a room or while the schedule is hidden.
    room: Room | None
    is_service_session: bool
    is_plenum_session: bool
    # A service session has no status and is neither informed nor confirmed.
    status: str | None
    is_informed: bool
    is_confirmed: bool
    live_url: str | None
    recording_url: str | None
    speaker_ids: tuple[str, ...]
    # Only the items and answers of the exposed custom fields, in stored order.
    items: tuple[Item, ...]
    answers: tuple[Answer, ...]


@stores_through_slots
@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    first_name: str
    last_name: str
    full_name: str
    bio: str | None
    tag_line: str | None
    profile_picture: str | None
    is_top_speaker: bool
    links: tuple[Link, ...]  # empty when the endpoint leaves links out
    session_ids: tuple[str, ...]  # in the speaker's own order
    items: tuple[Item, ...]
    answers: tuple[Answer, ...]


@dataclass(frozen=True, slots=True)
class PublishedEvent:
    slug: str
    name: str
    time_zone: str  # IANA name


@dataclass(frozen=True, slots=True)
class Publication:
    """Everything an endpoint publishes, in publication order."""

    event: PublishedEvent
    schedule_visible: bool
    # How the Sessionize views and XML show times (frab and iCal carry offsets anyway).
    utc_times: bool
    sessions: tuple[Session, ...]
    speakers: tuple[Speaker, ...]
    rooms: tuple[Room, ...]
    # The exposed custom fields only.
    categories: tuple[Category, ...]
    questions: tuple[Question, ...]
    # The exposed session category the Sessions view groups by (and frab takes tracks from).
    group_by: Category | None
    # Derived lookups by public id: not part of the value.
    session_by_id: Mapping[str, Session] = field(compare=False, hash=False, repr=False)
    speaker_by_id: Mapping[str, Speaker] = field(compare=False, hash=False, repr=False)
    # The SpeakerWall view lists only top speakers (the other views list everyone).
    wall_top_speakers_only: bool = False

    def of_type(self, target: str) -> tuple[list[Category], list[Question]]:
        """The exposed categories and questions that describe sessions or speakers."""
        return (
            [c for c in self.categories if c.type == target],
            [q for q in self.questions if q.target == target],
        )
