"""An event's days: the first and last day it is given, or those of its sessions.

Events made before they had dates, and events an import creates, get their days from
their sessions' times (as dates at the venue), so the console's time pickers and the
schedule editor start on the right day.
"""

import datetime as dt

from django.db.models import Max, Min

from podium.program.models import Event, Session


def session_span(event: Event) -> tuple[dt.date, dt.date] | None:
    """The venue dates of the earliest start and the latest end, None when unscheduled."""
    span = Session.objects.filter(event=event, starts_at__isnull=False).aggregate(
        first=Min("starts_at"), last=Max("ends_at")
    )
    if span["first"] is None:
        return None
    return span["first"].astimezone(event.tz).date(), span["last"].astimezone(event.tz).date()


def fill_event_dates(event: Event) -> bool:
    """Give an event without dates those of its sessions; True when it changed."""
    if event.starts_on or event.ends_on:
        return False
    span = session_span(event)
    if span is None:
        return False
    event.starts_on, event.ends_on = span
    Event.objects.filter(pk=event.pk).update(starts_on=event.starts_on, ends_on=event.ends_on)
    return True


def event_days(event: Event, extra: set[dt.date] = frozenset()) -> list[dt.date]:
    """Every day from the first to the last, with the days in ``extra`` (e.g. of
    sessions outside the given dates); the event's dates alone when ``extra`` is empty."""
    known = set(extra)
    first = event.starts_on or event.ends_on
    last = event.ends_on or event.starts_on
    if first and last:
        # A typo of a year in the dates must not draw hundreds of empty days.
        last = min(last, first + dt.timedelta(days=31))
        known.update(first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return sorted(known)
