import pytest

from podium.publish.builders import build_view
from tests.factories import SessionFactory
from tests.publish.builders.conftest import ADA_ID, BOB_ID, LUNCH_ID, utc
from tests.wire import all_service_session, all_session

pytestmark = pytest.mark.django_db


def regular(id, title, starts, ends, room, speakers=(), items=(), answers=(), **over):
    return all_session(
        id, title, starts, ends, room,
        speakers=list(speakers), categoryItems=list(items), questionAnswers=list(answers), **over,
    )  # fmt: skip


LUNCH = all_service_session(LUNCH_ID, "Lunch", "2026-10-03T12:00:00", "2026-10-03T13:00:00", 10)

EXPECTED_ALL = {
    "sessions": [
        regular(
            "1001", "Keynote", "2026-10-03T09:00:00", "2026-10-03T09:45:00", 10,
            speakers=[ADA_ID], items=[101], answers=[{"questionId": 500, "answerValue": "KN"}],
            isPlenumSession=True,
        ),
        regular(
            "1003", "Talk B", "2026-10-03T10:00:00", "2026-10-03T10:45:00", 10,
            items=[102], liveUrl="https://live/b",
        ),
        regular(
            "1002", "Talk A", "2026-10-03T10:00:00", "2026-10-03T10:45:00", 11,
            speakers=[BOB_ID, ADA_ID], items=[201, 102], recordingUrl="https://rec/a",
        ),
        LUNCH,
        regular(
            "1004", "Day two", "2026-10-04T09:00:00", "2026-10-04T09:45:00", 11, speakers=[BOB_ID]
        ),
        regular("1005", "Later", None, None, None, isConfirmed=False),
    ],
    "speakers": [
        {
            "id": ADA_ID,
            "firstName": "Ada",
            "lastName": "Lovelace",
            "bio": "Line one.\r\nLine two.",
            "tagLine": "Engineer",
            "profilePicture": "https://img/ada.jpg",
            "isTopSpeaker": True,
            "links": [
                {"title": "X (Twitter)", "url": "https://x/ada", "linkType": "Twitter"},
                {"title": "GitHub", "url": "https://gh/ada", "linkType": "Other"},
            ],
            "sessions": [1001, 1002],
            "fullName": "Ada Lovelace",
            "categoryItems": [301],
            "questionAnswers": [],
        },
        {
            "id": BOB_ID,
            "firstName": "Bob",
            "lastName": "Ärger ",
            "bio": None,
            "tagLine": None,
            "profilePicture": None,
            "isTopSpeaker": False,
            "links": [],
            "sessions": [1002, 1004],
            "fullName": "Bob Ärger",
            "categoryItems": [],
            "questionAnswers": [{"questionId": 400, "answerValue": "he/him"}],
        },
    ],
    "questions": [
        {"id": 400, "question": "Pronouns", "questionType": "Short_Text", "sort": 1},
        {"id": 500, "question": "Short title", "questionType": "Short_Text", "sort": 5},
    ],
    "categories": [
        {
            "id": 100,
            "title": "Track",
            "items": [
                {"id": 102, "name": "Data", "sort": 0},
                {"id": 101, "name": "Web", "sort": 1},
            ],
            "sort": 0,
            "type": "session",
        },
        {
            "id": 200,
            "title": "Level",
            "items": [{"id": 201, "name": "Beginner", "sort": 0}],
            "sort": 1,
            "type": "session",
        },
        {
            "id": 300,
            "title": "New?",
            "items": [{"id": 301, "name": "Yes", "sort": 0}],
            "sort": 2,
            "type": "speaker",
        },
    ],
    "rooms": [
        {"id": 10, "name": "Main", "sort": 0},
        {"id": 11, "name": "Side", "sort": 1},
        {"id": 12, "name": "Unused", "sort": 5},
    ],
}  # fmt: skip


def keys_in_order(value):
    """Every dict's keys, depth first, so key order is compared too."""
    if isinstance(value, dict):
        return [list(value), *(keys_in_order(v) for v in value.values())]
    if isinstance(value, list):
        return [keys_in_order(v) for v in value]
    return None


def test_all_every_custom_field_exposed_exact(exposed):
    data = build_view(exposed.endpoint, "All")
    assert data == EXPECTED_ALL
    assert keys_in_order(data) == keys_in_order(EXPECTED_ALL)


def test_all_default_endpoint_has_no_custom_fields(conference):
    data = build_view(conference.endpoint, "All")
    assert data["questions"] == []
    assert data["categories"] == []
    assert [s["categoryItems"] for s in data["sessions"]] == [[]] * 6
    assert [s["questionAnswers"] for s in data["sessions"]] == [[]] * 6
    assert [(s["categoryItems"], s["questionAnswers"]) for s in data["speakers"]] == [([], [])] * 2
    assert data["rooms"] == EXPECTED_ALL["rooms"]


def test_all_one_category_and_question_exposed_shows_only_those(conference):
    conference.endpoint.exposed_categories.set([conference.level])
    conference.endpoint.exposed_questions.set([conference.questions[1]])
    data = build_view(conference.endpoint, "All")
    assert data["categories"] == [EXPECTED_ALL["categories"][1]]
    assert data["questions"] == [EXPECTED_ALL["questions"][0]]
    assert [s["categoryItems"] for s in data["sessions"]] == [[], [], [201], [], [], []]
    assert [s["questionAnswers"] for s in data["sessions"]] == [[]] * 6
    assert [s["questionAnswers"] for s in data["speakers"]] == [
        [],
        [{"questionId": 400, "answerValue": "he/him"}],
    ]
    assert [s["categoryItems"] for s in data["speakers"]] == [[], []]


def test_all_accepted_includes_uninformed_sessions(exposed):
    exposed.endpoint.include_sessions = "accepted"
    exposed.endpoint.save()
    data = build_view(exposed.endpoint, "All")
    quiet = regular(
        "1006", "Quiet", "2026-10-04T10:00:00", "2026-10-04T10:45:00", 10,
        speakers=[BOB_ID], isInformed=False,
    )  # fmt: skip
    assert data["sessions"] == [*EXPECTED_ALL["sessions"][:5], quiet, EXPECTED_ALL["sessions"][5]]
    assert data["speakers"][1]["sessions"] == [1002, 1004, 1006]


def test_all_without_service_sessions_drops_them(exposed):
    exposed.endpoint.service_sessions = False
    exposed.endpoint.save()
    data = build_view(exposed.endpoint, "All")
    assert [s["id"] for s in data["sessions"]] == ["1001", "1003", "1002", "1004", "1005"]


def test_all_service_session_included_even_when_uninformed(exposed):
    data = build_view(exposed.endpoint, "All")
    assert data["sessions"][3] == LUNCH


def test_all_speaker_links_off_empties_links(exposed):
    exposed.endpoint.speaker_links = False
    exposed.endpoint.save()
    data = build_view(exposed.endpoint, "All")
    assert [s["links"] for s in data["speakers"]] == [[], []]


def test_all_utc_times_end_in_z(exposed):
    exposed.endpoint.utc_times = True
    exposed.endpoint.save()
    data = build_view(exposed.endpoint, "All")
    assert [(s["startsAt"], s["endsAt"]) for s in data["sessions"]] == [
        ("2026-10-03T08:00:00Z", "2026-10-03T08:45:00Z"),
        ("2026-10-03T09:00:00Z", "2026-10-03T09:45:00Z"),
        ("2026-10-03T09:00:00Z", "2026-10-03T09:45:00Z"),
        ("2026-10-03T11:00:00Z", "2026-10-03T12:00:00Z"),
        ("2026-10-04T08:00:00Z", "2026-10-04T08:45:00Z"),
        (None, None),
    ]


def test_all_hidden_schedule_nulls_times_and_rooms(exposed):
    exposed.event.schedule_announced = False
    exposed.event.save()
    SessionFactory(event=exposed.event, public_id="1008", starts_at=utc(1, 7), room=None)
    data = build_view(exposed.endpoint, "All")
    # Without a schedule the order is creation order: it must not hint at the times.
    ids = [s["id"] for s in data["sessions"]]
    assert ids == ["1001", "1003", "1002", LUNCH_ID, "1004", "1005", "1008"]
    assert {(s["startsAt"], s["endsAt"], s["roomId"]) for s in data["sessions"]} == {
        (None, None, None)
    }
    assert data["rooms"] == EXPECTED_ALL["rooms"]


def test_all_hidden_schedule_shown_when_endpoint_says_so(exposed):
    exposed.event.schedule_announced = False
    exposed.event.save()
    exposed.endpoint.show_schedule = True
    exposed.endpoint.save()
    assert build_view(exposed.endpoint, "All") == EXPECTED_ALL


def test_all_speaker_of_declined_session_only_is_left_out(exposed):
    data = build_view(exposed.endpoint, "All")
    assert "Carl" not in [s["firstName"] for s in data["speakers"]]
