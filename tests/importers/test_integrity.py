import pytest

from podium.importers.sessionize import SessionizeError, parse_all
from tests.importers.payloads import OLE, ZOE, current, encode


def error_after(change) -> str:
    data = current()
    change(data)
    with pytest.raises(SessionizeError) as caught:
        parse_all(encode(data))
    return str(caught.value)


def test_check_integrity_dangling_room_names_the_session():
    def change(data):
        data["sessions"][1]["roomId"] = 999

    assert error_after(change) == 'sessions[1].roomId: 999 is not the id of a room in "rooms"'


def test_check_integrity_dangling_speaker_names_the_session():
    def change(data):
        data["sessions"][0]["speakers"][1] = "no-such-speaker"

    assert error_after(change) == (
        'sessions[0].speakers[1]: no-such-speaker is not the id of a speaker in "speakers"'
    )


def test_check_integrity_dangling_category_item_names_the_session():
    def change(data):
        data["sessions"][0]["categoryItems"].append(77)

    assert error_after(change) == (
        'sessions[0].categoryItems[2]: 77 is not the id of a category item in "categories"'
    )


def test_check_integrity_dangling_question_names_the_answer():
    def change(data):
        data["speakers"][0]["questionAnswers"][0]["questionId"] = 42

    assert error_after(change) == (
        'speakers[0].questionAnswers[0].questionId: 42 is not the id of a question in "questions"'
    )


def test_check_integrity_dangling_speaker_session_names_the_speaker():
    def change(data):
        data["speakers"][1]["sessions"].append(5555)

    assert error_after(change) == (
        'speakers[1].sessions[1]: 5555 is not the id of a session in "sessions"'
    )


def test_check_integrity_speaker_session_not_listing_the_speaker_is_an_error():
    def change(data):
        data["speakers"][1]["sessions"].append(1002)

    assert error_after(change) == (
        f"speakers[1].sessions[1]: session 1002 does not list speaker {OLE} among its speakers"
    )


def test_check_integrity_session_speaker_not_listing_the_session_is_an_error():
    def change(data):
        data["speakers"][0]["sessions"] = [1001]

    assert error_after(change) == (
        f"sessions[1].speakers[0]: speaker {ZOE} does not list session 1002 among their sessions"
    )


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("sessions", "sessions[2].id: 1001 repeats the id of sessions[0]"),
        ("rooms", "rooms[2].id: 10 repeats the id of rooms[0]"),
        ("questions", "questions[2].id: 40 repeats the id of questions[0]"),
    ],
)
def test_check_integrity_duplicate_id_names_both_places(where, message):
    def change(data):
        data[where][2:] = [dict(data[where][0])]

    assert error_after(change) == message


def test_check_integrity_duplicate_item_across_categories_is_an_error():
    def change(data):
        data["categories"][1]["items"][0]["id"] = 21

    assert error_after(change) == (
        "categories[1].items[0].id: 21 repeats the id of categories[0].items[0]"
    )


def test_check_integrity_negative_id_is_an_error():
    def change(data):
        data["rooms"][0]["id"] = -1

    assert error_after(change) == "rooms[0].id: -1 is not an id from 0 to 9223372036854775807"


def test_check_integrity_speaker_listed_twice_is_an_error():
    def change(data):
        data["sessions"][1]["speakers"].append(ZOE)

    assert error_after(change) == f"sessions[1].speakers[1]: {ZOE} is listed twice"


def test_check_integrity_question_answered_twice_is_an_error():
    def change(data):
        data["sessions"][0]["questionAnswers"].append({"questionId": 40, "answerValue": "x"})

    assert error_after(change) == (
        "sessions[0].questionAnswers[1].questionId: question 40 is answered twice"
    )


def test_check_integrity_question_answered_for_sessions_and_speakers_is_an_error():
    def change(data):
        data["speakers"][1]["questionAnswers"] = [{"questionId": 40, "answerValue": "x"}]

    assert error_after(change) == (
        "speakers[1].questionAnswers[0].questionId: question 40 is answered for a speaker here "
        "and for a session at sessions[0].questionAnswers[0].questionId; a question is for one "
        "or the other"
    )


def test_check_integrity_session_item_of_speaker_category_is_an_error():
    def change(data):
        data["sessions"][1]["categoryItems"] = [31]

    assert error_after(change) == (
        "sessions[1].categoryItems[0]: an item of categories[1], a speaker category, "
        "used for a session"
    )
