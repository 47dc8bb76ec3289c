"""A parsed frab schedule as plain data, in the file's order; times are aware datetimes."""

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reference:
    """A link or an attachment of an event or a person."""

    url: str
    title: str | None
    type: str | None


@dataclass(frozen=True)
class Person:
    name: str
    guid: str | None  # normalized: lower-case with hyphens
    id: int | None
    code: str | None  # pretalx's speaker code
    avatar: str | None
    biography: str | None
    links: tuple[Reference, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        """What tells one person from another, the strongest identifier first."""
        if self.guid:
            return "guid", self.guid
        if self.id is not None:
            return "id", str(self.id)
        if self.code:
            return "code", self.code
        return "name", self.name


@dataclass(frozen=True)
class Event:
    """One scheduled slot ("event" in frab): a session of podium."""

    guid: str
    id: int | None
    room: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    title: str
    subtitle: str | None
    track: str | None
    type: str | None
    language: str | None
    abstract: str | None
    description: str | None
    do_not_record: bool
    do_not_stream: bool
    recording_license: str | None
    persons: tuple[Person, ...]
    links: tuple[Reference, ...]


@dataclass(frozen=True)
class Room:
    name: str
    guid: str | None


@dataclass
class Schedule:
    title: str
    time_zone_name: str | None
    tracks: list[str] = field(default_factory=list)
    rooms: list[Room] = field(default_factory=list)  # conference rooms, then any others used
    events: list[Event] = field(default_factory=list)  # day by day, room by room
