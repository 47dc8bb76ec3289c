"""The GridSmart layout: per day, rooms as columns and the day's times as rows.

Rows are the distinct start and end times of the day, so a session spans from its
start row to its end row and parallel sessions line up. A plenum session spans every
room. Cards are listed in time order, which is also the phone layout's order.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from podium.embeds.cards import ISO_UTC, Cards, SessionCard

# Row 1 holds the room names; column 1 the times.
FIRST_ROW = 2
FIRST_COLUMN = 2


@dataclass
class Placed:
    card: SessionCard
    row: str  # CSS grid-row
    column: str  # CSS grid-column


@dataclass
class Day:
    date: dt.date
    anchor: str
    rooms: list[str]
    times: list[tuple[int, str, str]]  # (row, label, UTC instant) of each start time
    placed: list[Placed]

    @property
    def columns(self) -> str:
        return f"grid-template-columns:4.5rem repeat({len(self.rooms)},minmax(9rem,1fr))"


def grid_days(cards: Cards) -> list[Day]:
    """The days with scheduled sessions in a room; none while the schedule is hidden."""
    publication = cards.publication
    if not publication.schedule_visible:
        return []
    by_day: dict[dt.date, list[SessionCard]] = defaultdict(list)
    for session in publication.sessions:
        card = cards.sessions[session.id]
        if card.starts is not None and session.room is not None:
            by_day[card.starts.date()].append(card)
    rank = {room.id: index for index, room in enumerate(publication.rooms)}
    return [day_of(date, by_day[date], rank, cards) for date in sorted(by_day)]


def day_of(date: dt.date, day: list[SessionCard], rank: dict[int, int], cards: Cards) -> Day:
    rooms = sorted(
        {c.record.room.id: c.record.room for c in day}.values(), key=lambda r: rank[r.id]
    )
    column = {room.id: FIRST_COLUMN + index for index, room in enumerate(rooms)}
    instants = sorted({c.starts for c in day} | {c.ends for c in day if c.ends is not None})
    row = {instant: FIRST_ROW + index for index, instant in enumerate(instants)}
    placed = []
    for card in sorted(day, key=lambda c: (c.starts, column[c.record.room.id])):
        first = row[card.starts]
        last = row[card.ends] if card.ends is not None and card.ends > card.starts else first + 1
        if card.record.is_plenum_session:
            span = f"{FIRST_COLUMN}/-1"
        else:
            span = str(column[card.record.room.id])
        placed.append(Placed(card, f"{first}/{last}", span))
    starts = sorted({c.starts for c in day})
    return Day(
        date=date,
        anchor=f"podium-day-{date:%Y-%m-%d}",
        rooms=[room.name for room in rooms],
        times=[(row[i], cards.text(i), i.strftime(ISO_UTC)) for i in starts],
        placed=placed,
    )
