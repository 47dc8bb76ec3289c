import datetime as dt

from django.urls import reverse

from podium.program.models import Session, SessionAnswer, SessionItem, SessionSpeaker
from tests.console.test_program import formset_data
from tests.factories import (
    CategoryFactory,
    CategoryItemFactory,
    QuestionFactory,
    RoomFactory,
    SessionFactory,
    SpeakerFactory,
)


def session_data(**fields) -> dict:
    data = {
        "title": "Opening",
        "description": "",
        "status": "Accepted",
        "starts_at": "2026-10-01T09:00",
        "ends_at": "2026-10-01T09:45",
        "live_url": "",
        "recording_url": "",
    }
    data |= formset_data("speakers", [])
    data |= fields
    return data


def test_session_create_local_times_stored_utc(console, event):
    room = RoomFactory(event=event)
    data = session_data(room=str(room.pk), is_informed="on")
    response = console.post(reverse("console:session-create", args=["conf"]), data)
    assert response.status_code == 302
    session = Session.objects.get(event=event)
    # Berlin is UTC+2 on 1 October 2026.
    assert session.starts_at == dt.datetime(2026, 10, 1, 7, 0, tzinfo=dt.UTC)
    assert session.ends_at == dt.datetime(2026, 10, 1, 7, 45, tzinfo=dt.UTC)
    assert (session.room, session.is_informed, session.public_id) == (room, True, "100001")


def test_session_edit_shows_local_times(console, event):
    session = SessionFactory(event=event, starts_at=dt.datetime(2026, 10, 1, 7, 0, tzinfo=dt.UTC))
    content = console.get(reverse("console:session", args=["conf", session.pk])).content.decode()
    assert 'value="2026-10-01T09:00"' in content


def test_session_end_before_start_rejected(console, event):
    data = session_data(ends_at="2026-10-01T08:00")
    response = console.post(reverse("console:session-create", args=["conf"]), data)
    assert response.context["form"].errors["ends_at"] == ["The end must not be before the start."]
    assert not Session.objects.exists()


def test_session_start_without_end_rejected(console, event):
    data = session_data(ends_at="")
    response = console.post(reverse("console:session-create", args=["conf"]), data)
    assert response.context["form"].non_field_errors() == [
        "Give both a start and an end, or neither."
    ]


def test_session_room_of_other_event_rejected(console, event, other_event):
    foreign = RoomFactory(event=other_event)
    data = session_data(room=str(foreign.pk))
    response = console.post(reverse("console:session-create", args=["conf"]), data)
    assert response.context["form"].errors["room"] == [
        "Select a valid choice. That choice is not one of the available choices."
    ]


def test_session_speaker_of_other_event_rejected(console, event, other_event):
    foreign = SpeakerFactory(event=other_event)
    data = session_data() | formset_data(
        "speakers", [{"speaker": str(foreign.pk), "position": "0"}]
    )
    response = console.post(reverse("console:session-create", args=["conf"]), data)
    assert response.status_code == 200
    assert not SessionSpeaker.objects.exists()


def test_session_speakers_saved_in_order(console, event):
    first, second = SpeakerFactory(event=event), SpeakerFactory(event=event)
    rows = [
        {"speaker": str(second.pk), "position": "1"},
        {"speaker": str(first.pk), "position": "0"},
    ]
    data = session_data() | formset_data("speakers", rows)
    console.post(reverse("console:session-create", args=["conf"]), data)
    session = Session.objects.get(event=event)
    ordered = [link.speaker for link in SessionSpeaker.objects.filter(session=session)]
    assert ordered == [first, second]


def test_session_service_with_speaker_rejected(console, event):
    speaker = SpeakerFactory(event=event)
    data = session_data(is_service_session="on")
    data |= formset_data("speakers", [{"speaker": str(speaker.pk), "position": "0"}])
    response = console.post(reverse("console:session-create", args=["conf"]), data)
    assert response.context["form"].errors["is_service_session"] == [
        "A service session has no speakers: remove its speakers or untick this."
    ]
    assert not Session.objects.exists()


def test_session_items_and_answers_saved(console, event):
    item = CategoryItemFactory(category=CategoryFactory(event=event, title="Track"), name="Web")
    CategoryItemFactory(category=CategoryFactory(event=event, type="speaker"))
    question = QuestionFactory(event=event, question="Level?")
    fields = {f"items_{item.category_id}": [str(item.pk)], f"answer_{question.pk}": "Advanced"}
    data = session_data(**fields)
    console.post(reverse("console:session-create", args=["conf"]), data)
    session = Session.objects.get(event=event)
    assert list(SessionItem.objects.filter(session=session).values_list("item", flat=True)) == [
        item.pk
    ]
    assert list(SessionAnswer.objects.values_list("question", "value")) == [
        (question.pk, "Advanced")
    ]
    data = session_data(**{f"answer_{question.pk}": ""})
    console.post(reverse("console:session", args=["conf", session.pk]), data)
    assert SessionItem.objects.count() == 0
    assert SessionAnswer.objects.count() == 0


def test_session_form_offers_only_session_items(console, event):
    CategoryItemFactory(category=CategoryFactory(event=event, title="Track"), name="Web")
    CategoryItemFactory(category=CategoryFactory(event=event, type="speaker"), name="Expert")
    form = console.get(reverse("console:session-create", args=["conf"])).context["form"]
    assert [(f.label, [label for _, label in f.field.choices]) for f in form.custom_fields()] == [
        ("Track", ["Web"])
    ]
    assert "Expert" not in str(form)


def test_session_bad_url_rejected(console, event):
    data = session_data(live_url="not a url")
    response = console.post(reverse("console:session-create", args=["conf"]), data)
    assert response.context["form"].errors["live_url"] == ["Enter a valid URL."]


def test_session_list_shows_local_time(console, event):
    SessionFactory(
        event=event, title="Keynote", starts_at=dt.datetime(2026, 10, 1, 7, 0, tzinfo=dt.UTC)
    )
    content = console.get(reverse("console:sessions", args=["conf"])).content.decode()
    assert "Keynote" in content
    assert "Thu 1 Oct 09:00" in content


def test_session_delete(console, event):
    session = SessionFactory(event=event)
    console.post(reverse("console:session-delete", args=["conf", session.pk]))
    assert not Session.objects.filter(pk=session.pk).exists()


def test_session_time_missing_in_dst_gap_rejected(console, event):
    # Berlin clocks jump from 02:00 to 03:00 on 29 March 2026: 02:30 never happens.
    data = session_data(starts_at="2026-03-29T02:30", ends_at="2026-03-29T03:30")
    response = console.post(reverse("console:session-create", args=["conf"]), data)
    assert response.context["form"].errors["starts_at"] == [
        "2026-03-29 02:30:00 couldn’t be interpreted in time zone Europe/Berlin; "
        "it may be ambiguous or it may not exist."
    ]


def test_session_form_time_pickers_on_event_days(console, event):
    event.starts_on, event.ends_on = dt.date(2027, 5, 3), dt.date(2027, 5, 5)
    event.save()
    form = console.get(reverse("console:session-create", args=["conf"])).context["form"]
    assert form.fields["starts_at"].widget.attrs == {
        "min": "2027-05-03T00:00",
        "max": "2027-05-05T23:59",
    }
