"""An event's days: given, or taken from its sessions."""

import datetime as dt

import pytest

from podium.demo.loader import load_demo
from podium.program.dates import event_days, fill_event_dates
from podium.program.models import Event
from tests.factories import EventFactory, SessionFactory

pytestmark = pytest.mark.django_db


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2027, 5, day, hour, 0, tzinfo=dt.UTC)


def test_fill_event_dates_from_sessions_at_venue(db):
    event = EventFactory(time_zone="Asia/Tokyo")
    SessionFactory(event=event, starts_at=at(3, 16), ends_at=at(3, 17))  # 4 May in Tokyo
    SessionFactory(event=event, starts_at=at(5, 9), ends_at=at(5, 10))
    assert fill_event_dates(event) is True
    event = Event.objects.get(pk=event.pk)
    assert (event.starts_on, event.ends_on) == (dt.date(2027, 5, 4), dt.date(2027, 5, 5))


def test_fill_event_dates_keeps_given_dates(db):
    event = EventFactory(starts_on=dt.date(2027, 1, 1), ends_on=dt.date(2027, 1, 2))
    SessionFactory(event=event, starts_at=at(3, 9), ends_at=at(3, 10))
    assert fill_event_dates(event) is False
    assert Event.objects.get(pk=event.pk).starts_on == dt.date(2027, 1, 1)


def test_fill_event_dates_unscheduled_event_unchanged(db):
    event = EventFactory()
    SessionFactory(event=event, starts_at=None, ends_at=None)
    assert fill_event_dates(event) is False
    assert Event.objects.get(pk=event.pk).starts_on is None


def test_event_days_span_and_extra_days(db):
    event = EventFactory(starts_on=dt.date(2027, 5, 3), ends_on=dt.date(2027, 5, 4))
    assert event_days(event, {dt.date(2027, 5, 9)}) == [
        dt.date(2027, 5, 3),
        dt.date(2027, 5, 4),
        dt.date(2027, 5, 9),
    ]


def test_event_days_year_typo_capped(db):
    event = EventFactory(starts_on=dt.date(2027, 5, 3), ends_on=dt.date(2028, 5, 3))
    assert len(event_days(event)) == 32


def test_demo_event_gets_its_sessions_days(db):
    event = load_demo()
    assert (event.starts_on, event.ends_on) == (dt.date(2027, 10, 29), dt.date(2027, 10, 31))
