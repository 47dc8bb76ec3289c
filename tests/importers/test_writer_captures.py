"""Import the real Sessionize captures and check exact counts and sample values."""

import datetime as dt

import pytest

from podium.importers.writer import import_sessionize
from podium.program import models as m
from tests.conftest import shared_path
from tests.importers.payloads import snapshot

pytestmark = pytest.mark.django_db

SCOTTISH = "fixtures/sessionize/scottish-summit-2026/All.json"
LINZ = "fixtures/sessionize/global-azure-linz-2024/All.json"


def counts(event: m.Event) -> dict[str, int]:
    return {
        "sessions": event.sessions.count(),
        "speakers": event.speakers.count(),
        "rooms": event.rooms.count(),
        "categories": event.categories.count(),
        "questions": event.questions.count(),
    }


def test_import_sessionize_scottish_summit_counts():
    raw = shared_path(SCOTTISH).read_bytes()
    result = import_sessionize(raw, slug="scot26", time_zone="Europe/London")
    expected = {"sessions": 61, "speakers": 76, "rooms": 7, "categories": 5, "questions": 0}
    assert result.counts == expected
    assert counts(result.event) == expected
    assert m.CategoryItem.objects.filter(event=result.event).count() == 19
    assert m.Category.objects.filter(event=result.event, type="speaker").count() == 2


def test_import_sessionize_scottish_summit_values():
    raw = shared_path(SCOTTISH).read_bytes()
    import_sessionize(raw, slug="scot26", time_zone="Europe/London")
    workshop = m.Session.objects.get(public_id="1252943")
    assert workshop.description.startswith(
        "Most organisations already have some form of onboarding content, and some have "
        "tried chatbots or simple agents to help new employees. But many of these experiences "
        "are flat, hard to navigate and quickly ignored.\r\n\r\nIn this full-day workshop, "
    )
    # British Summer Time: 09:00 local is 08:00 UTC.
    assert (workshop.starts_at, workshop.ends_at) == (
        dt.datetime(2026, 10, 2, 8, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 2, 16, 0, tzinfo=dt.UTC),
    )
    assert [p.speaker.public_id for p in workshop.sessionspeaker_set.order_by("position")] == [
        "8f6ce371-38c5-40f5-b471-ea4a7a463c16",
        "50502a59-18d1-4436-b27b-b0a0f9fa0353",
        "14a50614-f33b-4dcb-b8a8-763a1623ecf2",
    ]
    keynote = m.Session.objects.get(public_id="1253880")
    assert (keynote.is_plenum_session, keynote.description, keynote.room.name) == (
        True,
        None,
        "Presidents Suite 1 (150)",
    )
    unconfirmed = m.Session.objects.get(public_id="1302541")
    assert (unconfirmed.status, unconfirmed.is_informed, unconfirmed.is_confirmed) == (
        "Accepted",
        True,
        False,
    )
    aasne = m.Speaker.objects.get(public_id="2db4d3f6-13f8-4f1d-a805-82ea3513e82e")
    assert [(link.title, link.link_type) for link in aasne.links.all()] == [
        ("LinkedIn", "LinkedIn"),
        ("Instagram", "Instagram"),
        ("Blog", "Blog"),
        ("Sessionize", "Sessionize"),
    ]
    assert [
        i.item.public_id for i in m.SpeakerItem.objects.filter(speaker=aasne).order_by("position")
    ] == [451784, 451786, 451789]
    daniel = m.Speaker.objects.get(public_id="4c125671-951b-4798-8e48-02a45be346e7")
    assert [
        p.session.public_id
        for p in m.SessionSpeaker.objects.filter(speaker=daniel).order_by("speaker_position")
    ] == ["1252940", "1195398", "1177020"]


def test_import_sessionize_global_azure_linz_counts_and_answers():
    raw = shared_path(LINZ).read_bytes()
    result = import_sessionize(raw, slug="linz24", time_zone="Europe/Vienna")
    expected = {"sessions": 15, "speakers": 16, "rooms": 4, "categories": 0, "questions": 2}
    assert result.counts == expected
    assert counts(result.event) == expected
    assert [
        (q.public_id, q.question, q.question_type, q.sort, q.target)
        for q in m.Question.objects.filter(event=result.event)
    ] == [
        (71787, "Short Title", "Short_Text", 39, "session"),
        (71788, "YouTube Video", "Short_Text", 26, "session"),
    ]
    keynote = m.Session.objects.get(public_id="658419")
    assert [(a.question.public_id, a.value) for a in keynote.answers.all()] == [
        (71787, "keynote-java-ai"),
        (71788, "https://youtube.com/live/mIguuYMFbh0"),
    ]
    # Central European Summer Time: 09:00 local is 07:00 UTC.
    assert keynote.starts_at == dt.datetime(2024, 4, 20, 7, 0, tzinfo=dt.UTC)
    assert [p.speaker.full_name for p in keynote.sessionspeaker_set.order_by("position")] == [
        "Ed Burns",
        "Sandra Ahlgrimm",
    ]
    assert m.SessionAnswer.objects.filter(session__event=result.event).count() == 30


@pytest.mark.parametrize("relative", [SCOTTISH, LINZ])
def test_import_sessionize_capture_twice_is_idempotent(relative):
    raw = shared_path(relative).read_bytes()
    import_sessionize(raw, slug="conf", time_zone="Europe/London")
    before = snapshot()
    result = import_sessionize(raw, slug="conf")
    after = snapshot()
    after["Event"][0]["data_version"] = before["Event"][0]["data_version"]  # bumped, only that
    assert after == before
    assert (result.changes.created, result.changes.updated, result.changes.deleted) == (0, 0, 0)
