"""load_demo creates the demo event with every feature the demo promises."""

import pytest

from podium.demo.loader import DEMO_NAME, DEMO_SLUG, DEMO_TIME_ZONE, load_demo
from podium.program.models import (
    Category,
    Question,
    Room,
    Session,
    SessionAnswer,
    SessionSpeaker,
    Speaker,
    SpeakerAnswer,
    SpeakerItem,
    SpeakerLink,
)

pytestmark = pytest.mark.django_db


def snapshot(event) -> dict[str, list]:
    """Every row of the demo event by database id and public id."""
    return {
        "sessions": list(event.sessions.order_by("pk").values_list("pk", "public_id")),
        "speakers": list(event.speakers.order_by("pk").values_list("pk", "public_id")),
        "rooms": list(event.rooms.order_by("pk").values_list("pk", "public_id")),
        "categories": list(event.categories.order_by("pk").values_list("pk", "public_id")),
        "questions": list(event.questions.order_by("pk").values_list("pk", "public_id")),
        "links": list(SpeakerLink.objects.filter(speaker__event=event).values_list("title", "url")),
        "session_answers": SessionAnswer.objects.filter(session__event=event).count(),
        "speaker_answers": SpeakerAnswer.objects.filter(speaker__event=event).count(),
    }


def test_load_demo_creates_the_event_when_database_is_empty():
    event = load_demo()

    assert (event.slug, event.name, event.time_zone) == (DEMO_SLUG, DEMO_NAME, DEMO_TIME_ZONE)
    assert event.schedule_announced is True
    assert event.sessions.count() == 43
    assert event.speakers.count() == 32
    assert event.rooms.count() == 5
    assert event.categories.count() == 5
    assert event.questions.count() == 6


def test_load_demo_has_plenum_and_service_sessions():
    event = load_demo()

    plenum = event.sessions.filter(is_plenum_session=True)
    service = event.sessions.filter(is_service_session=True)
    assert plenum.count() == 5
    assert set(plenum.values_list("room__name", flat=True)) == {"Main Hall"}
    assert service.count() == 9
    assert set(service.values_list("title", flat=True)) == {
        "Registration & coffee",
        "Coffee break",
        "Lunch",
        "Afternoon break",
        "Doors open & coffee",
    }
    assert SessionSpeaker.objects.filter(session__in=service).count() == 0
    assert all(len(public_id) == 36 for public_id in service.values_list("public_id", flat=True))


def test_load_demo_has_co_presented_sessions_in_order():
    event = load_demo()

    lightning = event.sessions.get(title="Lightning Talks: Tools We Love")
    speakers = [link.speaker.full_name for link in SessionSpeaker.objects.filter(session=lightning)]
    assert speakers == ["Ben Adler", "Noor Haddad", "Kwame Mensah"]
    co_presented = [s for s in event.sessions.all() if s.speakers.count() >= 2]
    assert len(co_presented) == 10


def test_load_demo_has_uninformed_and_unscheduled_sessions():
    event = load_demo()

    uninformed = event.sessions.get(is_service_session=False, is_informed=False)
    assert uninformed.title == "Time Zones Are Hard: Scheduling Software Across DST Changes"
    assert (uninformed.status, uninformed.is_confirmed) == ("Accepted", False)
    unscheduled = event.sessions.get(starts_at__isnull=True)
    assert unscheduled.title == "Standby Talk: Finding Flaky Tests With Property-Based Testing"
    assert (unscheduled.ends_at, unscheduled.room, unscheduled.status) == (None, None, "Accepted")


def test_load_demo_keeps_local_times_in_the_event_zone():
    event = load_demo()

    keynote = event.sessions.get(title="The Long Tail of Maintenance: Who Keeps the Lights On?")
    closing = event.sessions.get(title="Closing: Thank You and See You in 2028")
    # 29 October is still summer time (UTC+2); 31 October is winter time (UTC+1).
    assert keynote.starts_at.astimezone(event.tz).isoformat() == "2027-10-29T09:20:00+02:00"
    assert closing.starts_at.astimezone(event.tz).isoformat() == "2027-10-31T12:00:00+01:00"


def test_load_demo_has_non_ascii_names():
    event = load_demo()

    names = set(event.speakers.values_list("first_name", "last_name"))
    for name in [("Zoë", "Hartmann"), ("Łukasz", "Wiśniewski"), ("Søren", "Kjærgaard")]:
        assert name in names
    assert ("José", "Ramírez Ortega") in names
    assert ("晓玲", "李") in names
    assert Room.objects.filter(event=event, name="Ørsted Room (120)").exists()


def test_load_demo_has_session_and_speaker_categories():
    event = load_demo()

    categories = list(Category.objects.filter(event=event).values_list("title", "type"))
    assert categories == [
        ("Track", "session"),
        ("Level", "session"),
        ("Format", "session"),
        ("Speaker experience", "speaker"),
        ("Based in", "speaker"),
    ]
    zoe = event.speakers.get(first_name="Zoë")
    chosen = SpeakerItem.objects.filter(speaker=zoe).order_by("position")
    assert [choice.item.name for choice in chosen] == ["Regular speaker", "Rest of Europe"]


def test_load_demo_has_questions_with_answers():
    event = load_demo()

    questions = list(Question.objects.filter(event=event).values_list("target", "question_type"))
    assert questions == [
        ("session", "Web_address"),
        ("session", "Short_Text"),
        ("session", "Long_Text"),
        ("speaker", "Short_Text"),
        ("speaker", "Web_address"),
        ("speaker", "Long_Text"),
    ]
    assert SessionAnswer.objects.filter(session__event=event).count() == 14
    assert SpeakerAnswer.objects.filter(speaker__event=event).count() == 20
    workshop = event.sessions.get(title="Build a Tiny Compiler in an Afternoon")
    assert workshop.answers.get(question__question_type="Long_Text").value.startswith(
        "Python 3.11 or newer"
    )
    answered = {
        answer.question.public_id for answer in SessionAnswer.objects.filter(session__event=event)
    } | {answer.question.public_id for answer in SpeakerAnswer.objects.filter(speaker__event=event)}
    assert answered == set(event.questions.values_list("public_id", flat=True))


def test_load_demo_has_links_of_several_types():
    event = load_demo()

    links = SpeakerLink.objects.filter(speaker__event=event)
    counts = {
        kind: links.filter(link_type=kind).count()
        for kind in sorted(set(links.values_list("link_type", flat=True)))
    }
    assert counts == {"Blog": 13, "Company_Website": 5, "LinkedIn": 15, "Other": 17, "Twitter": 12}
    zoe = Speaker.objects.get(event=event, first_name="Zoë")
    assert list(zoe.links.values_list("title", "link_type")) == [
        ("X (Twitter)", "Twitter"),
        ("Blog", "Blog"),
        ("GitHub", "Other"),
    ]


def test_load_demo_keeps_crlf_paragraphs():
    event = load_demo()

    keynote = event.sessions.get(title="The Long Tail of Maintenance: Who Keeps the Lights On?")
    assert keynote.description.count("\r\n\r\n") == 1
    assert "\n" not in keynote.description.replace("\r\n", "")


def test_load_demo_twice_keeps_ids_and_counts():
    first = snapshot(load_demo())

    event = load_demo()

    assert snapshot(event) == first
    assert Session.objects.count() == 43


def test_load_demo_again_undoes_edits():
    event = load_demo()
    session = event.sessions.get(title="Designing Forms That Forgive")
    session.title = "Changed"
    session.save()
    event.sessions.get(title="Lunch", starts_at__day=29).delete()
    event.schedule_announced = False
    event.save()

    event = load_demo()

    assert event.sessions.filter(title="Designing Forms That Forgive").count() == 1
    assert event.sessions.filter(title="Lunch").count() == 2
    assert event.schedule_announced is True
