import json
import uuid

import pytest
from lxml import etree

from podium.publish.frab import NoSchedule, build_frab, frab_json, frab_xml
from podium.publish.renderers.base import RenderContext
from tests.publish.frab.c3voc import assert_valid_json, assert_valid_xml
from tests.publish.renderers.captures import load_capture
from tests.wire import all_session

ALL_CAPTURES = [
    ("scottish-summit-2026", "Europe/London"),
    ("global-azure-linz-2024", "Europe/Vienna"),
]
SPEAKER = "2f5a8f2e-0000-4000-8000-000000000001"
LUNCH = "6a1c0e55-9f43-4c11-8d1e-4f7f3e1e2a10"


def context(slug="demo-conf", time_zone="Europe/London", utc_times=False):
    return RenderContext(
        endpoint_id="demojson",
        event_name="Demo Conf",
        event_slug=slug,
        time_zone=time_zone,
        utc_times=utc_times,
    )


def session(id, starts, ends, **overrides):
    return all_session(
        id, f"Talk {id}: Ünïcode & more!", starts, ends, 3,
        description="About <things>\r\nand more", speakers=[SPEAKER],
        categoryItems=[21, 11],
    ) | overrides  # fmt: skip


def all_view(sessions):
    return {
        "sessions": sessions,
        "speakers": [
            {
                "id": SPEAKER,
                "firstName": "Ada",
                "lastName": "Lovelace",
                "bio": None,
                "tagLine": "Countess",
                "profilePicture": "https://example.org/ada.jpg",
                "isTopSpeaker": False,
                "links": [],
                "sessions": [],
                "fullName": "Ada Lovelace",
                "categoryItems": [],
                "questionAnswers": [],
            }
        ],
        "questions": [],
        "categories": [
            category(10, "Track", [(11, "Web")]),
            category(20, "Level", [(21, "Beginner")]),
        ],
        "rooms": [{"id": 3, "name": "Main hall", "sort": 0}, {"id": 4, "name": "Side", "sort": 1}],
    }


def category(id, title, items):
    return {
        "id": id,
        "title": title,
        "items": [{"id": i, "name": n, "sort": 0} for i, n in items],
        "sort": 0,
        "type": "session",
    }


PROGRAM = [
    # On the day British Summer Time begins: 01:00-02:00 local does not exist.
    session("1002", "2026-03-29T00:30:00", "2026-03-29T03:00:00"),
    # Crosses midnight.
    session("1001", "2026-10-02T23:30:00", "2026-10-03T00:30:00"),
    session(
        LUNCH,
        "2026-10-03T12:00:00",
        "2026-10-03T13:00:00",
        title="Lunch",
        description=None,
        speakers=[],
        categoryItems=[],
        isServiceSession=True,
        status=None,
        roomId=None,
    ),
    session("1003", None, None),
]


def events(frab):
    return [
        event
        for day in frab["schedule"]["conference"]["days"]
        for room_events in day["rooms"].values()
        for event in room_events
    ]


@pytest.mark.parametrize(("folder", "time_zone"), ALL_CAPTURES)
def test_frab_capture_json_and_xml_validate_against_c3voc(folder, time_zone):
    data = load_capture(folder, "All")

    frab = build_frab(data, context(slug=folder, time_zone=time_zone))

    assert_valid_json(frab_json(frab))
    assert_valid_xml(frab_xml(frab))
    scheduled = [s for s in data["sessions"] if s["startsAt"]]
    assert len(events(frab)) == len(scheduled)


def test_frab_program_json_and_xml_validate_against_c3voc():
    frab = build_frab(all_view(PROGRAM), context())

    assert_valid_json(frab_json(frab))
    assert_valid_xml(frab_xml(frab))


def test_frab_conference_head():
    conference = build_frab(all_view(PROGRAM), context())["schedule"]["conference"]

    assert {k: v for k, v in conference.items() if k != "days"} == {
        "acronym": "demo_conf",
        "title": "Demo Conf",
        "start": "2026-03-29",
        "end": "2026-10-03",
        "daysCount": 3,
        "timeslot_duration": "00:05",
        "time_zone_name": "Europe/London",
        "rooms": [
            {
                "name": "Main hall",
                "guid": str(uuid.uuid5(uuid.NAMESPACE_URL, "podium:event/demo-conf/room/3")),
            },
            {
                "name": "Side",
                "guid": str(uuid.uuid5(uuid.NAMESPACE_URL, "podium:event/demo-conf/room/4")),
            },
        ],
        "tracks": [{"name": "Web"}],
    }


def test_frab_days_hold_every_room_and_offsets():
    days = build_frab(all_view(PROGRAM), context())["schedule"]["conference"]["days"]

    assert [(d["index"], d["date"], d["day_start"], d["day_end"]) for d in days] == [
        (1, "2026-03-29", "2026-03-29T00:30:00+00:00", "2026-03-29T03:00:00+01:00"),
        (2, "2026-10-02", "2026-10-02T23:30:00+01:00", "2026-10-03T00:30:00+01:00"),
        (3, "2026-10-03", "2026-10-03T12:00:00+01:00", "2026-10-03T13:00:00+01:00"),
    ]
    assert list(days[0]["rooms"]) == ["Main hall", "Side"]
    assert days[0]["rooms"]["Side"] == []
    assert list(days[2]["rooms"]) == ["Main hall", "Side", "No room"]


def test_frab_event_fields():
    dst_day, midnight, lunch = events(build_frab(all_view(PROGRAM), context()))

    guid = str(uuid.uuid5(uuid.NAMESPACE_URL, "podium:event/demo-conf/session/1001"))
    assert midnight == {
        "guid": guid,
        "id": 1001,
        "date": "2026-10-02T23:30:00+01:00",
        "start": "23:30",
        "end": "2026-10-03T00:30:00+01:00",
        "duration": "01:00",
        "room": "Main hall",
        "slug": "demo_conf-1001-talk-1001-unicode-more",
        "url": f"urn:uuid:{guid}",
        "title": "Talk 1001: Ünïcode & more!",
        "subtitle": None,
        "track": "Web",
        "type": "talk",
        "language": None,
        "abstract": "About <things>\r\nand more",
        "description": None,
        "persons": [
            {
                "guid": SPEAKER,
                "name": "Ada Lovelace",
                "public_name": "Ada Lovelace",
                "avatar": "https://example.org/ada.jpg",
                "biography": None,
            }
        ],
        "links": [],
    }
    # 00:30 GMT to 03:00 BST is an hour and a half.
    assert (dst_day["start"], dst_day["duration"]) == ("00:30", "01:30")
    assert (lunch["type"], lunch["room"], lunch["track"], lunch["persons"]) == (
        "other",
        "No room",
        None,
        [],
    )


def test_frab_guid_session_gets_stable_positive_32bit_id():
    first = events(build_frab(all_view(PROGRAM), context()))[2]["id"]
    reordered = events(build_frab(all_view(list(reversed(PROGRAM))), context()))
    again = next(e["id"] for e in reordered if e["type"] == "other")

    assert first == again
    assert 1_000_000_000 <= first < 2**31


def test_frab_guids_stable_across_builds_and_endpoints():
    one = build_frab(all_view(PROGRAM), context())
    other = build_frab(all_view(PROGRAM), context(utc_times=True))
    renamed = build_frab(all_view(PROGRAM), context(slug="other-conf"))

    assert [e["guid"] for e in events(one)] == [e["guid"] for e in events(other)]
    assert not {e["guid"] for e in events(one)} & {e["guid"] for e in events(renamed)}


def test_frab_utc_wire_times_are_written_in_event_zone():
    data = all_view([session("1001", "2026-10-02T22:30:00Z", "2026-10-02T23:30:00Z")])

    event = events(build_frab(data, context(utc_times=True)))[0]

    assert (event["date"], event["end"]) == (
        "2026-10-02T23:30:00+01:00",
        "2026-10-03T00:30:00+01:00",
    )


def test_frab_track_follows_requested_category():
    frab = build_frab(all_view(PROGRAM), context(), track_category=20)

    assert events(frab)[1]["track"] == "Beginner"
    assert frab["schedule"]["conference"]["tracks"] == [{"name": "Beginner"}]


def test_frab_unknown_track_category_falls_back_to_first_session_category():
    frab = build_frab(all_view(PROGRAM), context(), track_category=999)

    assert events(frab)[1]["track"] == "Web"


def test_frab_hidden_schedule_raises():
    with pytest.raises(NoSchedule, match="'demo-conf' has no scheduled session"):
        build_frab(all_view([session("1003", None, None)]), context())


def test_frab_zone_outside_c3voc_pattern_leaves_time_zone_name_out():
    frab = build_frab(all_view(PROGRAM), context(time_zone="Etc/GMT+1"))

    assert "time_zone_name" not in frab["schedule"]["conference"]
    assert_valid_json(frab_json(frab))


def test_frab_version_changes_with_data():
    before = build_frab(all_view(PROGRAM), context())["schedule"]["version"]
    changed = all_view(PROGRAM)
    changed["sessions"][0]["title"] = "New title"

    assert build_frab(changed, context())["schedule"]["version"] != before


def test_frab_xml_drops_control_characters_and_keeps_text():
    data = all_view([session("1001", "2026-10-02T10:00:00", "2026-10-02T11:00:00")])
    data["sessions"][0]["title"] = "Bell\x07 <b> & 🎉"

    body = frab_xml(build_frab(data, context()))

    assert_valid_xml(body)
    event = etree.fromstring(body).find("day/room/event")
    assert event.findtext("title") == "Bell <b> & 🎉"
    assert event.findtext("abstract") == "About <things>\r\nand more"
    assert [(p.get("guid"), p.text) for p in event.find("persons")] == [(SPEAKER, "Ada Lovelace")]
    assert (
        json.loads(frab_json(build_frab(data, context())))["schedule"]["conference"]["days"][0][
            "rooms"
        ]["Main hall"][0]["title"]
        == "Bell\x07 <b> & 🎉"
    )


def test_frab_session_ending_before_it_starts_gets_zero_duration():
    data = all_view([session("1001", "2026-10-02T10:00:00", "2026-10-02T09:00:00")])

    frab = build_frab(data, context())

    assert events(frab)[0]["duration"] == "00:00"
    assert_valid_json(frab_json(frab))
    assert_valid_xml(frab_xml(frab))
