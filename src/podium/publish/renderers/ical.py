"""The iCalendar format: one VEVENT per scheduled session of the All or Sessions view.

Fields are listed in docs/formats.md. Times are in the event's time zone with its
VTIMEZONE, or in UTC when the endpoint has UTC times. The wire data holds no
modification time, so DTSTAMP and LAST-MODIFIED are a fixed instant, which keeps the
body (and its ETag) the same for the same data.
"""

import re
from datetime import UTC, date, datetime

from icalendar import Calendar, Event

import podium
from podium.publish.renderers.base import RenderContext, Renderer
from podium.publish.renderers.ical_sessions import CalendarSession, calendar_sessions

FIXED_STAMP = datetime(2000, 1, 1, tzinfo=UTC)
# RFC 5545 text may not hold control characters other than tab (newlines are escaped).
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    return CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def description(session: CalendarSession) -> str | None:
    parts = []
    if session.description:
        parts.append(session.description)
    if session.speakers:
        parts.append("Speakers: " + ", ".join(session.speakers))
    return clean("\n\n".join(parts)) if parts else None


def uid(session: CalendarSession, context: RenderContext) -> str:
    # Per event, not per endpoint: two feeds of one event name a session the same way.
    return f"{session.id}@{context.event_slug}.podium"


def vevent(session: CalendarSession, context: RenderContext) -> Event:
    event = Event()
    event.add("uid", uid(session, context))
    event.add("dtstamp", FIXED_STAMP)
    event.add("last-modified", FIXED_STAMP)
    event.add("dtstart", session.starts)
    event.add("dtend", session.ends)
    event.add("summary", clean(session.title))
    text = description(session)
    if text:
        event.add("description", text)
    if session.room:
        event.add("location", clean(session.room))
    if session.categories:
        event.add("categories", [clean(name) for name in session.categories])
    return event


class IcalRenderer(Renderer):
    format = "ical"
    content_type = "text/calendar; charset=utf-8"
    views = frozenset({"All", "Sessions"})

    def render(self, view: str, data: object, context: RenderContext) -> bytes:
        calendar = Calendar()
        calendar.add("prodid", f"-//podium//podium {podium.__version__}//EN")
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        # An X- property is not TEXT to the library: a line break would end the line.
        calendar.add("x-wr-calname", " ".join(clean(context.event_name).split("\n")))
        if not context.utc_times:
            calendar.add("x-wr-timezone", context.time_zone)
        sessions = calendar_sessions(view, data, context.time_zone)
        for session in sessions:
            calendar.add_component(vevent(session, context))
        if sessions:
            # The zone's rules for the years the program spans, not 1970 to 2038.
            first = min(session.starts for session in sessions).year
            last = max(session.ends for session in sessions).year
            calendar.add_missing_timezones(date(first, 1, 1), date(last + 1, 1, 1))
        return calendar.to_ical()
