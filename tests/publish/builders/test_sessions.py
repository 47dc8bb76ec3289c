import pytest

from podium.publish.builders import build_view
from tests.publish.builders.conftest import ADA_ID, BOB_ID, LUNCH_ID

pytestmark = pytest.mark.django_db

SHORT_TITLE = {
    "id": 500,
    "question": "Short title",
    "questionType": "Short_Text",
    "sort": 5,
    "answerExtra": None,
}

TALK_A = {
    "questionAnswers": [{**SHORT_TITLE, "answer": None, "answerExtra": None}],
    "id": "1002",
    "title": "Talk A",
    "description": "About Talk A.",
    "startsAt": "2026-10-03T10:00:00",
    "endsAt": "2026-10-03T10:45:00",
    "isServiceSession": False,
    "isPlenumSession": False,
    "speakers": [{"id": BOB_ID, "name": "Bob Ärger"}, {"id": ADA_ID, "name": "Ada Lovelace"}],
    "categories": [
        {"id": 100, "name": "Track", "categoryItems": [{"id": 102, "name": "Data"}], "sort": 0},
        {"id": 200, "name": "Level", "categoryItems": [{"id": 201, "name": "Beginner"}], "sort": 1},
    ],
    "roomId": 11,
    "room": "Side",
    "liveUrl": None,
    "recordingUrl": "https://rec/a",
    "status": "Accepted",
    "isInformed": True,
    "isConfirmed": True,
}

LUNCH = {
    "questionAnswers": [{**SHORT_TITLE, "answer": None, "answerExtra": None}],
    "id": LUNCH_ID,
    "title": "Lunch",
    "description": None,
    "startsAt": "2026-10-03T12:00:00",
    "endsAt": "2026-10-03T13:00:00",
    "isServiceSession": True,
    "isPlenumSession": False,
    "speakers": [],
    "categories": [],
    "roomId": 10,
    "room": "Main",
    "liveUrl": None,
    "recordingUrl": None,
    "status": None,
    "isInformed": False,
    "isConfirmed": False,
}


def only_group(data):
    assert len(data) == 1
    return data[0]


def test_sessions_ungrouped_is_one_all_group(exposed):
    group = only_group(build_view(exposed.endpoint, "Sessions"))
    assert list(group) == ["groupId", "groupName", "sessions", "isDefault"]
    assert (group["groupId"], group["groupName"], group["isDefault"]) == (None, "All", False)
    ids = [s["id"] for s in group["sessions"]]
    assert ids == ["1001", "1003", "1002", LUNCH_ID, "1004", "1005"]


def test_sessions_session_object_exact_with_key_order(exposed):
    sessions = only_group(build_view(exposed.endpoint, "Sessions"))["sessions"]
    assert sessions[2] == TALK_A
    assert list(sessions[2]) == list(TALK_A)
    assert list(sessions[2]["questionAnswers"][0]) == [
        "id", "question", "questionType", "answer", "sort", "answerExtra",
    ]  # fmt: skip
    assert list(sessions[2]["categories"][0]) == ["id", "name", "categoryItems", "sort"]


def test_sessions_answered_question_carries_answer(exposed):
    keynote = only_group(build_view(exposed.endpoint, "Sessions"))["sessions"][0]
    assert keynote["questionAnswers"] == [{**SHORT_TITLE, "answer": "KN"}]


def test_sessions_service_session_has_no_categories(exposed):
    sessions = only_group(build_view(exposed.endpoint, "Sessions"))["sessions"]
    assert sessions[3] == LUNCH


def test_sessions_default_endpoint_has_no_custom_fields(conference):
    sessions = only_group(build_view(conference.endpoint, "Sessions"))["sessions"]
    assert {(len(s["questionAnswers"]), len(s["categories"])) for s in sessions} == {(0, 0)}


def test_sessions_grouped_by_category_one_group_per_item_in_sort_order(exposed):
    exposed.endpoint.group_by = exposed.track
    exposed.endpoint.save()
    groups = build_view(exposed.endpoint, "Sessions")
    assert [
        (g["groupId"], g["groupName"], [s["id"] for s in g["sessions"]], g["isDefault"])
        for g in groups
    ] == [(102, "Data", ["1003", "1002"], False), (101, "Web", ["1001"], False)]
    assert groups[0]["sessions"][1] == TALK_A


def test_sessions_grouping_skips_items_without_sessions(exposed):
    exposed.endpoint.group_by = exposed.level
    exposed.endpoint.save()
    groups = build_view(exposed.endpoint, "Sessions")
    assert [(g["groupId"], [s["id"] for s in g["sessions"]]) for g in groups] == [(201, ["1002"])]


def test_sessions_grouping_by_unexposed_category_is_ungrouped(exposed):
    exposed.endpoint.group_by = exposed.track
    exposed.endpoint.save()
    exposed.endpoint.exposed_categories.set([exposed.level])
    group = only_group(build_view(exposed.endpoint, "Sessions"))
    assert (group["groupId"], group["groupName"], len(group["sessions"])) == (None, "All", 6)


def test_sessions_hidden_schedule_nulls_times_and_rooms(exposed):
    exposed.event.schedule_announced = False
    exposed.event.save()
    sessions = only_group(build_view(exposed.endpoint, "Sessions"))["sessions"]
    assert {(s["startsAt"], s["endsAt"], s["roomId"], s["room"]) for s in sessions} == {
        (None, None, None, None)
    }


def test_sessions_utc_times_end_in_z(exposed):
    exposed.endpoint.utc_times = True
    exposed.endpoint.save()
    talk_a = only_group(build_view(exposed.endpoint, "Sessions"))["sessions"][2]
    assert (talk_a["startsAt"], talk_a["endsAt"]) == (
        "2026-10-03T09:00:00Z",
        "2026-10-03T09:45:00Z",
    )
