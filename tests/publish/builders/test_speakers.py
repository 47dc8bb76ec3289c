import pytest

from podium.publish.builders import build_view
from tests.factories import SessionFactory, SessionSpeakerFactory
from tests.publish.builders.conftest import ADA_ID, BOB_ID, utc

pytestmark = pytest.mark.django_db

ADA = {
    "id": ADA_ID,
    "firstName": "Ada",
    "lastName": "Lovelace",
    "fullName": "Ada Lovelace",
    "bio": "Line one.\r\nLine two.",
    "tagLine": "Engineer",
    "profilePicture": "https://img/ada.jpg",
    "sessions": [{"id": 1001, "name": "Keynote"}, {"id": 1002, "name": "Talk A"}],
    "isTopSpeaker": True,
    "links": [
        {"title": "X (Twitter)", "url": "https://x/ada", "linkType": "Twitter"},
        {"title": "GitHub", "url": "https://gh/ada", "linkType": "Other"},
    ],
    "questionAnswers": [
        {
            "id": 400,
            "question": "Pronouns",
            "questionType": "Short_Text",
            "answer": None,
            "sort": 1,
            "answerExtra": None,
        }
    ],
    "categories": [
        {"id": 300, "name": "New?", "categoryItems": [{"id": 301, "name": "Yes"}], "sort": 2}
    ],
}

BOB = {
    "id": BOB_ID,
    "firstName": "Bob",
    "lastName": "Ärger ",
    "fullName": "Bob Ärger",
    "bio": None,
    "tagLine": None,
    "profilePicture": None,
    "sessions": [{"id": 1002, "name": "Talk A"}, {"id": 1004, "name": "Day two"}],
    "isTopSpeaker": False,
    "links": [],
    "questionAnswers": [
        {
            "id": 400,
            "question": "Pronouns",
            "questionType": "Short_Text",
            "answer": "he/him",
            "sort": 1,
            "answerExtra": None,
        }
    ],
    "categories": [{"id": 300, "name": "New?", "categoryItems": [], "sort": 2}],
}


def test_speakers_every_custom_field_exposed_exact(exposed):
    data = build_view(exposed.endpoint, "Speakers")
    assert data == [ADA, BOB]
    assert [list(s) for s in data] == [list(ADA), list(BOB)]


def test_speakers_default_endpoint_has_no_custom_fields(conference):
    data = build_view(conference.endpoint, "Speakers")
    assert [(s["questionAnswers"], s["categories"]) for s in data] == [([], []), ([], [])]


def test_speakers_links_off_empties_links(exposed):
    exposed.endpoint.speaker_links = False
    exposed.endpoint.save()
    assert [s["links"] for s in build_view(exposed.endpoint, "Speakers")] == [[], []]


def test_speakers_accepted_lists_uninformed_sessions_too(exposed):
    exposed.endpoint.include_sessions = "accepted"
    exposed.endpoint.save()
    bob = build_view(exposed.endpoint, "Speakers")[1]
    assert [s["id"] for s in bob["sessions"]] == [1002, 1004, 1006]


def test_speaker_wall_lists_speakers_in_speaker_order(exposed):
    assert build_view(exposed.endpoint, "SpeakerWall") == [
        {
            "id": ADA_ID,
            "firstName": "Ada",
            "lastName": "Lovelace",
            "fullName": "Ada Lovelace",
            "tagLine": "Engineer",
            "profilePicture": "https://img/ada.jpg",
            "isTopSpeaker": True,
        },
        {
            "id": BOB_ID,
            "firstName": "Bob",
            "lastName": "Ärger ",
            "fullName": "Bob Ärger",
            "tagLine": None,
            "profilePicture": None,
            "isTopSpeaker": False,
        },
    ]


def test_speakers_hidden_schedule_lists_sessions_in_creation_order(exposed):
    bob = exposed.speakers[1]
    early = SessionFactory(
        event=exposed.event, public_id="1009", title="Early", starts_at=utc(1, 7)
    )
    SessionSpeakerFactory(session=early, speaker=bob)
    assert [s["id"] for s in build_view(exposed.endpoint, "Speakers")[1]["sessions"]] == [
        1009, 1002, 1004,
    ]  # fmt: skip
    exposed.event.schedule_announced = False
    exposed.event.save()
    assert [s["id"] for s in build_view(exposed.endpoint, "Speakers")[1]["sessions"]] == [
        1002, 1004, 1009,
    ]  # fmt: skip


def test_speakers_imported_session_order_kept_while_schedule_hidden(exposed):
    exposed.event.schedule_announced = False
    exposed.event.save()
    exposed.event.sessions.get(public_id="1004").sessionspeaker_set.update(speaker_position=0)
    exposed.event.sessions.get(public_id="1002").sessionspeaker_set.update(speaker_position=1)
    assert [s["id"] for s in build_view(exposed.endpoint, "Speakers")[1]["sessions"]] == [
        1004, 1002,
    ]  # fmt: skip
