import datetime as dt

import pytest

from podium.importers import program as p
from podium.importers.sessionize import SessionizeError, parse_all
from tests.importers.payloads import LUNCH, OLE, ZOE, current, encode, older


def parse_error(data) -> str:
    raw = data if isinstance(data, bytes) else encode(data)
    with pytest.raises(SessionizeError) as caught:
        parse_all(raw)
    return str(caught.value)


def test_parse_all_current_format_keeps_every_value():
    parsed = parse_all(encode(current()))
    assert parsed.sessions[0] == p.Session(
        id="1001",
        title="Opening keynote",
        description="Line one\r\nLine two",
        starts_at=dt.datetime(2026, 10, 3, 9, 0),
        ends_at=dt.datetime(2026, 10, 3, 9, 45),
        is_service_session=False,
        is_plenum_session=True,
        speaker_ids=[OLE, ZOE],
        item_ids=[22, 21],
        answers=[p.Answer(question_id=40, value="https://slides.example/1")],
        room_id=10,
        live_url=None,
        recording_url="https://video.example/1",
        status="Accepted",
        is_informed=True,
        is_confirmed=False,
    )
    assert parsed.speakers[0] == p.Speaker(
        id=ZOE,
        first_name="Zoë",
        last_name="Ångström",
        bio="Builds things.\r\nTalks about them.",
        tag_line=None,
        profile_picture=None,
        is_top_speaker=True,
        links=[
            p.Link(title="GitHub", url="https://github.example/zoe", link_type="Other"),
            p.Link(title="LinkedIn", url="https://linkedin.example/zoe", link_type="LinkedIn"),
        ],
        session_ids=["1002", "1001"],
        item_ids=[31],
        answers=[p.Answer(question_id=41, value="she/her")],
    )
    assert parsed.categories[0] == p.Category(
        id=20,
        title="Track",
        sort=0,
        type="session",
        items=[p.Item(id=21, name="Web", sort=1), p.Item(id=22, name="Data", sort=-3)],
    )
    assert parsed.rooms == [p.Room(10, "Main Hall", 0), p.Room(11, "Side Room", 1)]
    assert parsed.utc_times is False
    assert parsed.counts() == {
        "sessions": 3,
        "speakers": 2,
        "rooms": 2,
        "categories": 2,
        "questions": 2,
    }


def test_parse_all_service_session_with_null_status_reads_as_accepted():
    lunch = parse_all(encode(current())).sessions[2]
    assert (lunch.id, lunch.status, lunch.is_informed, lunch.is_confirmed) == (
        LUNCH,
        "Accepted",
        False,
        False,
    )


def test_parse_all_question_target_follows_where_answers_occur():
    questions = parse_all(encode(current())).questions
    assert [(q.id, q.question_type, q.sort, q.target) for q in questions] == [
        (40, "Web_address", 2, "session"),
        (41, "Short_Text", 1, "speaker"),
    ]


def test_parse_all_unanswered_question_defaults_to_session():
    data = current()
    data["speakers"][0]["questionAnswers"] = []
    assert [q.target for q in parse_all(encode(data)).questions] == ["session", "session"]


def test_parse_all_older_format_without_newer_keys_gets_defaults():
    parsed = parse_all(encode(older()))
    assert [
        (s.live_url, s.recording_url, s.status, s.is_informed, s.is_confirmed)
        for s in parsed.sessions
    ] == [
        (None, None, "Accepted", True, True),
        (None, None, "Accepted", True, True),
        (None, None, "Accepted", False, False),
    ]
    assert [c.type for c in parsed.categories] == ["session", "session"]
    assert [(s.item_ids, s.answers) for s in parsed.speakers] == [([], []), ([], [])]


def test_parse_all_category_without_type_used_by_speakers_is_a_speaker_category():
    data = current()
    del data["categories"][1]["type"]
    assert [c.type for c in parse_all(encode(data)).categories] == ["session", "speaker"]


def test_parse_all_bom_is_skipped():
    parsed = parse_all(b"\xef\xbb\xbf" + encode(current()))
    assert parsed.sessions[0].title == "Opening keynote"


def test_parse_all_times_with_z_are_utc():
    data = current()
    for session in data["sessions"]:
        session["startsAt"] += "Z"
        session["endsAt"] += "Z"
    parsed = parse_all(encode(data))
    assert parsed.utc_times is True
    assert parsed.sessions[1].starts_at == dt.datetime(2026, 10, 3, 10, 0)


def test_parse_all_unscheduled_session_has_no_times():
    data = current()
    data["sessions"][1].update(startsAt=None, endsAt=None, roomId=None)
    session = parse_all(encode(data)).sessions[1]
    assert (session.starts_at, session.ends_at, session.room_id) == (None, None, None)


def test_parse_all_not_json_is_an_error():
    assert parse_error(b"{'sessions': []}").startswith("not valid JSON: ")


def test_parse_all_not_utf8_is_an_error():
    assert parse_error(b'{"x": "\xff"}') == "not UTF-8 text: invalid byte at offset 7"


def test_parse_all_not_utf8_after_bom_counts_the_bom():
    assert parse_error(b'\xef\xbb\xbf{"x": "\xff"}') == "not UTF-8 text: invalid byte at offset 10"


def test_parse_all_empty_input_is_an_error():
    assert parse_error(b"\xef\xbb\xbf \n") == "the input is empty"


def test_parse_all_list_at_top_level_is_an_error():
    assert parse_error([]) == (
        "not a Sessionize All view: expected an object at the top level, found a list "
        "(the other views are lists; import the All view)"
    )


def test_parse_all_string_at_top_level_is_an_error():
    assert parse_error(b'"All"') == (
        "not a Sessionize All view: expected an object at the top level, found the string 'All'"
    )


def test_parse_all_missing_top_level_keys_is_an_error():
    assert parse_error({"sessions": [], "speakers": []}) == (
        'not a Sessionize All view: the top-level object lacks "questions", "categories", "rooms"'
    )


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("sessions", 1, "title"), 5, "sessions[1].title: expected a string, found 5"),
        (
            ("sessions", 0, "roomId"),
            "10",
            "sessions[0].roomId: expected an integer, found the string '10'",
        ),
        (
            ("sessions", 0, "isPlenumSession"),
            1,
            "sessions[0].isPlenumSession: expected true or false, found 1",
        ),
        (("sessions", 0, "speakers"), None, "sessions[0].speakers: expected a list, found null"),
        (("sessions", 0, "speakers", 1), 7, "sessions[0].speakers[1]: expected a string, found 7"),
        (
            ("sessions", 0, "description"),
            [],
            "sessions[0].description: expected a string or null, found a list",
        ),
        (
            ("sessions", 0, "questionAnswers", 0, "questionId"),
            True,
            "sessions[0].questionAnswers[0].questionId: expected an integer, found true",
        ),
        (("sessions", 2), "lunch", "sessions[2]: expected an object, found the string 'lunch'"),
        (
            ("speakers", 0, "sessions", 0),
            "1002",
            "speakers[0].sessions[0]: expected an integer, found the string '1002'",
        ),
        (
            ("speakers", 0, "links", 1, "url"),
            None,
            "speakers[0].links[1].url: expected a string, found null",
        ),
        (
            ("speakers", 1, "isTopSpeaker"),
            "no",
            "speakers[1].isTopSpeaker: expected true or false, found the string 'no'",
        ),
        (
            ("categories", 1, "items", 0, "sort"),
            1.5,
            "categories[1].items[0].sort: expected an integer, found 1.5",
        ),
        (
            ("categories", 0, "type"),
            "track",
            'categories[0].type: expected "session" or "speaker", found the string \'track\'',
        ),
        (
            ("questions", 0, "questionType"),
            None,
            "questions[0].questionType: expected a string, found null",
        ),
        (("rooms", 1, "name"), {}, "rooms[1].name: expected a string, found an object"),
        (
            ("sessions", 0, "title"),
            "a\x00b",
            "sessions[0].title: contains a NUL character (\\u0000)",
        ),
        (("sessions", 0, "id"), " ", "sessions[0].id: must not be empty"),
    ],
)
def test_parse_all_wrong_type_names_the_location(path, value, message):
    data = current()
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert parse_error(data) == message


def test_parse_all_missing_required_key_names_the_location():
    data = current()
    del data["speakers"][1]["firstName"]
    assert parse_error(data) == "speakers[1].firstName: missing"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-10-03 09:00:00", "is not a time like 2026-10-03T09:10:00 (or ...09:10:00Z in UTC)"),
        (
            "2026-10-03T09:00:00+02:00",
            "is not a time like 2026-10-03T09:10:00 (or ...09:10:00Z in UTC)",
        ),
        ("2026-02-30T09:00:00", "is not a valid date and time"),
        ("2026-10-03T25:00:00", "is not a valid date and time"),
    ],
)
def test_parse_all_bad_time_names_the_location(value, message):
    data = current()
    data["sessions"][1]["startsAt"] = value
    assert parse_error(data) == f"sessions[1].startsAt: {value!r} {message}"


def test_parse_all_mixed_local_and_utc_times_is_an_error():
    data = current()
    data["sessions"][1]["endsAt"] = "2026-10-03T10:45:00Z"
    assert parse_error(data) == (
        "sessions[1].endsAt: '2026-10-03T10:45:00Z' is UTC (ends in Z) but earlier times are not"
    )


def test_parse_all_start_without_end_is_an_error():
    data = current()
    data["sessions"][0]["endsAt"] = None
    assert (
        parse_error(data) == "sessions[0].endsAt: null while startsAt is set: give both or neither"
    )


def test_parse_all_end_before_start_is_an_error():
    data = current()
    data["sessions"][0]["endsAt"] = "2026-10-03T08:59:59"
    assert parse_error(data) == "sessions[0].endsAt: before startsAt"


def test_parse_all_unknown_status_is_an_error():
    data = current()
    data["sessions"][1]["status"] = "Approved"
    assert parse_error(data) == (
        "sessions[1].status: the string 'Approved' is not a status "
        '("Accepted", "Declined", "Nominated", "Accept_Queue", "Decline_Queue", "Waitlisted", '
        "or null)"
    )


def test_parse_all_integer_beyond_64_bits_is_an_error():
    raw = encode(current()).replace(b'"sort":0', b'"sort":1000000000000000000000000000000', 1)
    assert parse_error(raw) == (
        "categories[0].sort: expected an integer, found 1000000000000000000000000000000, "
        "a number too large"
    )
