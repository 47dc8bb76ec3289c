import datetime as dt
import json

import pytest

from podium.program.queries import load_program, name_key, speaker_key
from tests.conftest import shared_path
from tests.factories import (
    EventFactory,
    RoomFactory,
    SessionFactory,
    SessionSpeakerFactory,
    SpeakerFactory,
)

START = dt.datetime(2026, 10, 3, 9, tzinfo=dt.UTC)


def at(hours: float) -> dict:
    start = START + dt.timedelta(hours=hours)
    return {"starts_at": start, "ends_at": start + dt.timedelta(minutes=30)}


def titles(program) -> list[str]:
    return [session.title for session in program.sessions]


def load(event, *, include_uninformed=False, service_sessions=True):
    return load_program(
        event, include_uninformed=include_uninformed, service_sessions=service_sessions
    )


def ordered(*names: tuple[str, str]) -> list[tuple[str, str]]:
    keyed = sorted(enumerate(names), key=lambda pair: speaker_key(*pair[1], pair[0]))
    return [name for _, name in keyed]


def test_name_key_accents_ignored_before_letters():
    assert ordered(("Matthew", "McCullough"), ("Márton", "Braun")) == [
        ("Márton", "Braun"),
        ("Matthew", "McCullough"),
    ]


def test_name_key_case_ignored_before_letters():
    assert ordered(("AJ", "Zafar"), ("Aasne", "Holtklimpen")) == [
        ("Aasne", "Holtklimpen"),
        ("AJ", "Zafar"),
    ]


def test_name_key_unaccented_first_name_before_accented_one():
    assert ordered(("Michaël", "Maillot"), ("Michael", "Seidl")) == [
        ("Michael", "Seidl"),
        ("Michaël", "Maillot"),
    ]


def test_name_key_lower_case_before_upper_case_when_letters_tie():
    assert name_key("de Koning") < name_key("De Koning")


def test_name_key_stroked_letter_files_under_plain_letter():
    assert name_key("Oa") < name_key("Øb") < name_key("Oc")
    assert name_key("Ob") < name_key("Øb")


def test_name_key_prefix_first():
    assert name_key("Ran") < name_key("Ran ") < name_key("Rana")


@pytest.mark.parametrize(
    "capture, key",
    [
        ("scottish-summit-2026/All.json", "speakers"),
        ("global-azure-linz-2024/All.json", "speakers"),
        ("droidcon-london-2024/Speakers.json", None),
    ],
)
def test_speaker_key_reproduces_speaker_order_of_capture(capture, key):
    path = shared_path(f"fixtures/sessionize/{capture}")
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    names = [(s["firstName"], s["lastName"]) for s in (data[key] if key else data)]
    assert ordered(*names) == names


@pytest.mark.django_db
def test_load_program_includes_accepted_informed_and_service_sessions():
    event = EventFactory()
    SessionFactory(event=event, title="Informed")
    SessionFactory(event=event, title="Uninformed", is_informed=False)
    SessionFactory(event=event, title="Declined", status="Declined")
    SessionFactory(event=event, title="Waitlisted", status="Waitlisted")
    SessionFactory(event=event, title="Break", is_service_session=True, is_informed=False)
    SessionFactory(title="Other event")
    assert sorted(titles(load(event))) == ["Break", "Informed"]
    assert sorted(titles(load(event, include_uninformed=True))) == [
        "Break",
        "Informed",
        "Uninformed",
    ]
    assert sorted(titles(load(event, service_sessions=False))) == ["Informed"]


@pytest.mark.django_db
def test_load_program_speakers_only_with_an_included_session():
    event = EventFactory()
    shown = SessionSpeakerFactory(session__event=event, speaker__first_name="Shown")
    SessionSpeakerFactory(
        session__event=event, session__is_informed=False, speaker__first_name="Uninformed"
    )
    SessionSpeakerFactory(
        session__event=event, session__status="Declined", speaker__first_name="Declined"
    )
    SessionSpeakerFactory(session=shown.session, speaker__first_name="Cospeaker")
    SpeakerFactory(event=event, first_name="Idle")
    names = [s.first_name for s in load(event).speakers]
    assert names == ["Cospeaker", "Shown"]
    names = [s.first_name for s in load(event, include_uninformed=True).speakers]
    assert names == ["Cospeaker", "Shown", "Uninformed"]


@pytest.mark.django_db
def test_load_program_orders_sessions_by_start_then_room_sort_unscheduled_last():
    event = EventFactory()
    low = RoomFactory(event=event, sort=-5)
    high = RoomFactory(event=event, sort=10)
    SessionFactory(event=event, title="Unscheduled 1", starts_at=None, ends_at=None, room=None)
    SessionFactory(event=event, title="Late", room=low, **at(2))
    SessionFactory(event=event, title="Early high", room=high, **at(0))
    SessionFactory(event=event, title="Early low", room=low, **at(0))
    SessionFactory(event=event, title="Early low 2", room=low, **at(0))
    SessionFactory(event=event, title="Early no room", room=None, **at(0))
    SessionFactory(event=event, title="Unscheduled 2", starts_at=None, ends_at=None, room=None)
    assert titles(load(event)) == [
        "Early low",
        "Early low 2",
        "Early high",
        "Early no room",
        "Late",
        "Unscheduled 1",
        "Unscheduled 2",
    ]


@pytest.mark.django_db
def test_load_program_speaker_sessions_by_stored_position_else_session_order():
    event = EventFactory()
    room = RoomFactory(event=event)
    first = SessionFactory(event=event, title="First", room=room, **at(0))
    second = SessionFactory(event=event, title="Second", room=room, **at(1))
    third = SessionFactory(event=event, title="Third", room=room, **at(2))
    imported = SpeakerFactory(event=event, first_name="Imported")
    created = SpeakerFactory(event=event, first_name="Created")
    for session, position in ((third, 0), (first, 1), (second, None)):
        SessionSpeakerFactory(session=session, speaker=imported, speaker_position=position)
    for session in (third, first, second):
        SessionSpeakerFactory(session=session, speaker=created)
    by_name = {s.first_name: [x.title for x in s.sessions] for s in load(event).speakers}
    assert by_name == {
        "Imported": ["Third", "First", "Second"],
        "Created": ["First", "Second", "Third"],
    }


@pytest.mark.django_db
def test_load_program_session_speakers_by_position():
    event = EventFactory()
    session = SessionFactory(event=event)
    SessionSpeakerFactory(session=session, speaker__first_name="Second", position=1)
    SessionSpeakerFactory(session=session, speaker__first_name="First", position=0)
    speakers = load(event).sessions[0].speakers
    assert [s.first_name for s in speakers] == ["First", "Second"]


@pytest.mark.django_db
@pytest.mark.parametrize("size", [2, 20])
def test_load_program_query_count_constant_for_any_size(size, django_assert_num_queries):
    event = EventFactory()
    for _ in range(size):
        SessionSpeakerFactory(session__event=event)
    with django_assert_num_queries(11):
        program = load(event)
    assert len(program.sessions) == size
