"""Plain records of one event's published program, as load_program returns them.

Slotted dataclasses rather than model instances: the builders read thousands of
them per request, and attribute access on these is cheap.
"""

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True, eq=False)
class Room:
    pk: int
    id: int
    name: str
    sort: int


@dataclass(slots=True, eq=False)
class Item:
    pk: int
    id: int
    name: str
    sort: int
    category: "Category"


@dataclass(slots=True, eq=False)
class Category:
    pk: int
    id: int
    title: str
    type: str
    sort: int
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Question:
    pk: int
    id: int
    question: str
    question_type: str
    sort: int
    target: str


@dataclass(slots=True, eq=False)
class Link:
    title: str
    url: str
    link_type: str


@dataclass(slots=True, eq=False)
class Session:
    pk: int
    id: str
    title: str
    description: str | None
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    room: Room | None
    is_service_session: bool
    is_plenum_session: bool
    status: str
    is_informed: bool
    is_confirmed: bool
    live_url: str | None
    recording_url: str | None
    speakers: list["Speaker"] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    # (question, answer text) in stored order.
    answers: list[tuple[Question, str]] = field(default_factory=list)
    # Question pk -> the answer's answerExtra, for the answers that have one.
    answer_extras: dict[int, str] = field(default_factory=dict)


@dataclass(slots=True, eq=False)
class Speaker:
    pk: int
    id: str
    first_name: str
    last_name: str
    bio: str | None
    tag_line: str | None
    profile_picture: str | None
    is_top_speaker: bool
    links: list[Link] = field(default_factory=list)
    # The included sessions, in the speaker's own order.
    sessions: list[Session] = field(default_factory=list)
    # Session pk -> imported place in the speaker's list, where one was stored.
    positions: dict[int, int] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)
    answers: list[tuple[Question, str]] = field(default_factory=list)
    answer_extras: dict[int, str] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        # Names are emitted as stored, but the full name trims each part.
        return " ".join(part for part in (self.first_name.strip(), self.last_name.strip()) if part)


@dataclass(slots=True, eq=False)
class Program:
    """Everything one endpoint may publish, already in wire order (or the parts of it that
    ``load_program`` was asked for, the others empty)."""

    event: object
    rooms: list[Room]
    categories: list[Category]
    questions: list[Question]
    sessions: list[Session]
    speakers: list[Speaker]

    def release(self) -> None:
        """Break the reference cycles (a speaker's sessions list it back, a category's
        items point back to it), leaving the program unusable: dropped afterwards, it is
        freed at once instead of by the cyclic garbage collector, which would walk all of
        it (about a tenth of a cold render of 1,000 sessions, docs/benchmarks.md)."""
        for speaker in self.speakers:
            speaker.sessions = []
        for category in self.categories:
            category.items = []
