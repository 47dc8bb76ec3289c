import pytest

from podium.bench.schedule import plan_schedule
from podium.bench.synthetic import make_endpoint, make_event
from podium.program import models as m

pytestmark = pytest.mark.django_db


def snapshot(event) -> dict:
    """Everything the generator chose, without database keys."""
    return {
        "sessions": list(
            m.Session.objects.filter(event=event)
            .order_by("public_id")
            .values_list("public_id", "title", "description", "starts_at", "room__public_id")
        ),
        "speakers": list(
            m.Speaker.objects.filter(event=event)
            .order_by("public_id")
            .values_list("public_id", "first_name", "last_name", "bio", "tag_line")
        ),
        "pairs": sorted(
            m.SessionSpeaker.objects.filter(session__event=event).values_list(
                "session__public_id", "speaker__public_id", "position"
            )
        ),
        "answers": sorted(
            m.SessionAnswer.objects.filter(session__event=event).values_list(
                "session__public_id", "question__public_id", "value"
            )
        ),
        "links": sorted(
            m.SpeakerLink.objects.filter(speaker__event=event).values_list(
                "speaker__public_id", "position", "url"
            )
        ),
    }


def test_make_event_creates_exactly_the_requested_sessions():
    event = make_event("synthetic-60", sessions=60)
    sessions = m.Session.objects.filter(event=event)
    assert sessions.count() == 60
    assert sessions.filter(is_service_session=True).count() == 6
    assert sessions.filter(is_plenum_session=True).count() == 3
    assert m.Room.objects.filter(event=event).count() == 3
    assert m.Speaker.objects.filter(event=event).count() == 48
    assert m.Category.objects.filter(event=event, type="session").count() == 3
    assert m.Category.objects.filter(event=event, type="speaker").count() == 2
    assert m.Question.objects.filter(event=event).count() == 5


def test_make_event_gives_every_talk_speakers_and_every_speaker_a_talk():
    event = make_event("synthetic-80", sessions=80)
    talks = m.Session.objects.filter(event=event, is_service_session=False)
    assert talks.filter(sessionspeaker__isnull=True).count() == 0
    assert m.Speaker.objects.filter(event=event, sessions__isnull=True).count() == 0
    assert m.SessionItem.objects.filter(session__event=event).count() == talks.count() * 3


def test_make_event_same_seed_gives_same_program():
    first = make_event("first", sessions=50, seed=7)
    second = make_event("second", sessions=50, seed=7)
    assert snapshot(first) == snapshot(second)


def test_make_event_other_seed_gives_other_program():
    first = make_event("first", sessions=50, seed=7)
    second = make_event("second", sessions=50, seed=8)
    assert snapshot(first) != snapshot(second)


def test_make_event_records_a_new_data_version():
    event = make_event("synthetic-20", sessions=20)
    assert m.Event.objects.get(pk=event.pk).data_version == event.data_version


def test_make_event_too_few_sessions_raises():
    with pytest.raises(ValueError, match="at least 4 sessions"):
        make_event("tiny", sessions=3)


def test_plan_schedule_never_double_books_a_room():
    slots = plan_schedule(5000, 125)
    places = [(slot.day, slot.start, slot.room) for slot in slots]
    assert len(slots) == 5000
    assert len(set(places)) == 5000


def test_make_endpoint_exposes_every_custom_field():
    event = make_event("synthetic-10", sessions=10)
    endpoint = make_endpoint(event, "bench10abc")
    assert endpoint.id == "bench10abc"
    assert endpoint.exposed_categories.count() == 5
    assert endpoint.exposed_questions.count() == 5
