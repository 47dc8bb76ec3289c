"""A parsed Sessionize ``All`` response as plain data, in the file's order.

Lists keep the order they were given in; an element's index is its position.
Times are naive wall-clock times: local to the event, or UTC when ``utc_times``.
"""

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Room:
    id: int
    name: str
    sort: int
    frab_guid: str = ""  # only frab schedules give rooms and sessions a GUID


@dataclass
class Item:
    id: int
    name: str
    sort: int


@dataclass
class Category:
    id: int
    title: str
    sort: int
    type: str  # "session" or "speaker"
    items: list[Item]


@dataclass
class Question:
    id: int
    question: str
    question_type: str
    sort: int
    target: str = "session"  # inferred from where its answers occur


@dataclass
class Answer:
    question_id: int
    value: str


@dataclass
class Link:
    title: str
    url: str
    link_type: str


@dataclass
class Speaker:
    id: str
    first_name: str
    last_name: str
    bio: str | None
    tag_line: str | None
    profile_picture: str | None
    is_top_speaker: bool
    links: list[Link]
    session_ids: list[str]  # the wire's integers, as the sessions' string ids
    item_ids: list[int]
    answers: list[Answer]


@dataclass
class Session:
    id: str
    title: str
    description: str | None
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    is_service_session: bool
    is_plenum_session: bool
    speaker_ids: list[str]
    item_ids: list[int]
    answers: list[Answer]
    room_id: int | None
    live_url: str | None
    recording_url: str | None
    status: str
    is_informed: bool
    is_confirmed: bool
    frab_guid: str = ""


@dataclass
class ParsedProgram:
    sessions: list[Session] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    rooms: list[Room] = field(default_factory=list)
    utc_times: bool = False  # the file's times end in Z

    @property
    def has_times(self) -> bool:
        return any(session.starts_at is not None for session in self.sessions)

    def counts(self) -> dict[str, int]:
        return {
            "sessions": len(self.sessions),
            "speakers": len(self.speakers),
            "rooms": len(self.rooms),
            "categories": len(self.categories),
            "questions": len(self.questions),
        }
