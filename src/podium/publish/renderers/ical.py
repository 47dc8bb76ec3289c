"""The iCalendar format: one VEVENT per scheduled session of the All or Sessions view.

Fields are listed in docs/formats.md. Times are in the event's time zone with its
VTIMEZONE, or in UTC when the endpoint has UTC times. A local time that occurs twice
(the hour when clocks go back) would name two instants, so such a time is written in
UTC instead: every reader gets the exact instant. The publication holds no
modification time, so DTSTAMP and LAST-MODIFIED are a fixed instant, which keeps the
body (and its ETag) the same for the same data.
"""

import re
from datetime import UTC, date, datetime

from icalendar import Calendar, Event

import podium
from podium.publish.records import Publication
from podium.publish.renderers.base import Renderer
from podium.publish.renderers.ical_sessions import CalendarSession, calendar_sessions
from podium.publish.wall_clock import WallClock

FIXED_STAMP = datetime(2000, 1, 1, tzinfo=UTC)
# RFC 5545 text may not hold control characters other than tab (newlines are escaped).
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    return CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def description(entry: CalendarSession) -> str | None:
    parts = []
    if entry.session.description:
        parts.append(entry.session.description)
    if entry.speakers:
        parts.append("Speakers: " + ", ".join(entry.speakers))
    return clean("\n\n".join(parts)) if parts else None


def shown(instant: datetime, clock: WallClock) -> datetime:
    """The instant on the calendar's clock, or in UTC where that clock repeats an hour."""
    return instant if clock.is_ambiguous(instant) else clock.local(instant)


def vevent(entry: CalendarSession, event_slug: str, clock: WallClock) -> Event:
    session = entry.session
    event = Event()
    # Per event, not per endpoint: two feeds of one event name a session the same way.
    event.add("uid", f"{session.id}@{event_slug}.podium")
    event.add("dtstamp", FIXED_STAMP)
    event.add("last-modified", FIXED_STAMP)
    event.add("dtstart", shown(session.starts, clock))
    event.add("dtend", shown(session.ends, clock))
    event.add("summary", clean(session.title))
    text = description(entry)
    if text:
        event.add("description", text)
    if session.room:
        event.add("location", clean(session.room.name))
    if entry.categories:
        event.add("categories", [clean(name) for name in entry.categories])
    return event


class IcalRenderer(Renderer):
    format = "ical"
    content_type = "text/calendar; charset=utf-8"
    views = frozenset({"All", "Sessions"})

    def render(self, view: str, publication: Publication) -> bytes:
        entries = calendar_sessions(view, publication)
        event = publication.event
        calendar = Calendar()
        calendar.add("prodid", f"-//podium//podium {podium.__version__}//EN")
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        # An X- property is not TEXT to the library: a line break would end the line.
        calendar.add("x-wr-calname", " ".join(clean(event.name).split("\n")))
        if publication.utc_times:
            clock = WallClock(UTC)
        else:
            calendar.add("x-wr-timezone", event.time_zone)
            clock = WallClock.of_zone(event.time_zone)
        for entry in entries:
            calendar.add_component(vevent(entry, event.slug, clock))
        if entries:
            # The zone's rules for the years the program spans, not 1970 to 2038.
            first = min(clock.local(entry.session.starts) for entry in entries).year
            last = max(clock.local(entry.session.ends) for entry in entries).year
            calendar.add_missing_timezones(date(first, 1, 1), date(last + 1, 1, 1))
        return calendar.to_ical()
