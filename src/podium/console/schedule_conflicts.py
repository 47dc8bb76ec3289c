"""Double bookings in an event's schedule: a room or a speaker in two sessions at once.

Sessions that only touch (one ends at 10:00, the next starts at 10:00) do not conflict.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Conflict:
    kind: str  # "room" or "speaker"
    name: str  # the room's or the speaker's name
    first: object  # the two sessions, the earlier first
    second: object
    starts_at: dt.datetime  # the overlap
    ends_at: dt.datetime

    def describe_for(self, session) -> str:
        """What the block of ``session`` says about this conflict."""
        other = self.second if session.pk == self.first.pk else self.first
        if self.kind == "room":
            return f"Room also booked for “{other.title}”"
        return f"{self.name} is also in “{other.title}”"


def overlapping_pairs(sessions: list) -> list[tuple]:
    """Pairs of sessions whose times overlap, each pair once, earlier session first."""
    ordered = sorted(sessions, key=lambda s: (s.starts_at, s.pk))
    pairs, running = [], []
    for session in ordered:
        running = [other for other in running if other.ends_at > session.starts_at]
        pairs.extend((other, session) for other in running if session.ends_at > session.starts_at)
        running.append(session)
    return pairs


def find_conflicts(sessions: list) -> list[Conflict]:
    """Room and speaker conflicts among scheduled ``sessions`` (their speakers prefetched)."""
    by_room, by_speaker, names = defaultdict(list), defaultdict(list), {}
    for session in sessions:
        if session.room_id is not None:
            by_room[session.room_id].append(session)
            names[("room", session.room_id)] = session.room.name
        for speaker in session.speakers.all():
            by_speaker[speaker.pk].append(session)
            names[("speaker", speaker.pk)] = speaker.full_name
    found = []
    for kind, groups in (("room", by_room), ("speaker", by_speaker)):
        for key, group in groups.items():
            for first, second in overlapping_pairs(group):
                found.append(
                    Conflict(
                        kind,
                        names[(kind, key)],
                        first,
                        second,
                        max(first.starts_at, second.starts_at),
                        min(first.ends_at, second.ends_at),
                    )
                )
    return sorted(found, key=lambda c: (c.starts_at, c.kind, c.name, c.first.pk, c.second.pk))


def conflicts_by_session(conflicts: list[Conflict]) -> dict[int, list[str]]:
    """For each session in a conflict, what its block says."""
    notes = defaultdict(list)
    for conflict in conflicts:
        for session in (conflict.first, conflict.second):
            notes[session.pk].append(conflict.describe_for(session))
    return notes
