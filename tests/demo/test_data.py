"""The shipped demo file is a Sessionize All response in the wire format."""

import json

from podium.demo.loader import demo_bytes
from podium.importers.sessionize import parse_all

SESSION_KEYS = [
    "id",
    "title",
    "description",
    "startsAt",
    "endsAt",
    "isServiceSession",
    "isPlenumSession",
    "speakers",
    "categoryItems",
    "questionAnswers",
    "roomId",
    "liveUrl",
    "recordingUrl",
    "status",
    "isInformed",
    "isConfirmed",
]
SPEAKER_KEYS = [
    "id",
    "firstName",
    "lastName",
    "bio",
    "tagLine",
    "profilePicture",
    "isTopSpeaker",
    "links",
    "sessions",
    "fullName",
    "categoryItems",
    "questionAnswers",
]


def demo_data() -> dict:
    return json.loads(demo_bytes().decode("utf-8"))


def test_demo_file_is_utf8_without_bom():
    raw = demo_bytes()
    assert raw[:1] == b"{"
    assert "Zoë" in raw.decode("utf-8")


def test_demo_file_keys_follow_wire_order():
    data = demo_data()
    assert list(data) == ["sessions", "speakers", "questions", "categories", "rooms"]
    assert {tuple(session) for session in data["sessions"]} == {tuple(SESSION_KEYS)}
    assert {tuple(speaker) for speaker in data["speakers"]} == {tuple(SPEAKER_KEYS)}
    assert {tuple(question) for question in data["questions"]} == {
        ("id", "question", "questionType", "sort")
    }
    assert {tuple(category) for category in data["categories"]} == {
        ("id", "title", "items", "sort", "type")
    }
    assert {tuple(room) for room in data["rooms"]} == {("id", "name", "sort")}


def test_demo_file_ids_have_wire_kinds():
    data = demo_data()
    for session in data["sessions"]:
        if session["isServiceSession"]:
            assert len(session["id"]) == 36 and session["id"].count("-") == 4
        else:
            assert session["id"].isdigit()
    for speaker in data["speakers"]:
        assert len(speaker["id"]) == 36 and speaker["id"] == speaker["id"].lower()
        assert all(isinstance(session_id, int) for session_id in speaker["sessions"])
    ints = [room["id"] for room in data["rooms"]] + [q["id"] for q in data["questions"]]
    for category in data["categories"]:
        ints += [category["id"]] + [item["id"] for item in category["items"]]
    assert all(isinstance(value, int) for value in ints)
    assert len(ints) == len(set(ints))


def test_demo_file_parses_with_the_importer():
    program = parse_all(demo_bytes())

    sizes = [len(program.sessions), len(program.speakers), len(program.rooms)]
    assert sizes + [len(program.categories), len(program.questions)] == [43, 32, 5, 5, 6]
