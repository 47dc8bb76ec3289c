import dataclasses
import json
import uuid

import pytest
from lxml import etree

from podium.publish.frab import NoSchedule, build_frab, frab_json, frab_xml
from podium.publish.records import Room, publication_of
from tests.publish.formats_setup import endpoint_of, import_capture
from tests.publish.frab.c3voc import assert_valid_json, assert_valid_xml
from tests.publish.publications import (
    category_record,
    publication,
    service_record,
    session_record,
    speaker_record,
)

SPEAKER = "2f5a8f2e-0000-4000-8000-000000000001"
LUNCH = "6a1c0e55-9f43-4c11-8d1e-4f7f3e1e2a10"
MAIN_HALL = Room(3, "Main hall", 0)
TRACK = category_record(10, "Track", [(11, "Web")])
LEVEL = category_record(20, "Level", [(21, "Beginner")])
ADA = speaker_record(
    SPEAKER, "Ada", "Lovelace", tag_line="Countess", profile_picture="https://example.org/ada.jpg"
)


def session(id, starts, ends, **overrides):
    """A talk in the main hall; times are UTC instants."""
    talk = session_record(
        id, f"Talk {id}: Ünïcode & more!", starts, ends, MAIN_HALL,
        description="About <things>\r\nand more", speaker_ids=(SPEAKER,),
        items=(LEVEL.items[0], TRACK.items[0]),
    )  # fmt: skip
    return dataclasses.replace(talk, **overrides)


def all_of(sessions, **options):
    """The publication of these sessions in London (Demo Conf)."""
    return publication(
        sessions,
        speakers=[ADA],
        rooms=[MAIN_HALL, Room(4, "Side", 1)],
        categories=[TRACK, LEVEL],
        **options,
    )


PROGRAM = [
    # On the day British Summer Time begins: 01:00-02:00 local does not exist
    # (00:30 GMT to 03:00 BST).
    session("1002", "2026-03-29T00:30", "2026-03-29T02:00"),
    # Crosses midnight: 23:30 to 00:30 BST.
    session("1001", "2026-10-02T22:30", "2026-10-02T23:30"),
    # 12:00 to 13:00 BST.
    service_record(LUNCH, "Lunch", "2026-10-03T11:00", "2026-10-03T12:00", None),
    session("1003", None, None),
]


def events(frab):
    return [
        event
        for day in frab["schedule"]["conference"]["days"]
        for room_events in day["rooms"].values()
        for event in room_events
    ]


@pytest.mark.parametrize("folder", ["scottish-summit-2026", "global-azure-linz-2024"])
@pytest.mark.django_db
def test_frab_capture_json_and_xml_validate_against_c3voc(folder):
    data = publication_of(endpoint_of(import_capture(folder)))

    frab = build_frab(data)

    assert_valid_json(frab_json(frab))
    assert_valid_xml(frab_xml(frab))
    scheduled = [s for s in data.sessions if s.starts]
    assert len(events(frab)) == len(scheduled)


def test_frab_program_json_and_xml_validate_against_c3voc():
    frab = build_frab(all_of(PROGRAM))

    assert_valid_json(frab_json(frab))
    assert_valid_xml(frab_xml(frab))


def test_frab_conference_head():
    conference = build_frab(all_of(PROGRAM))["schedule"]["conference"]

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
    days = build_frab(all_of(PROGRAM))["schedule"]["conference"]["days"]

    assert [(d["index"], d["date"], d["day_start"], d["day_end"]) for d in days] == [
        (1, "2026-03-29", "2026-03-29T00:30:00+00:00", "2026-03-29T03:00:00+01:00"),
        (2, "2026-10-02", "2026-10-02T23:30:00+01:00", "2026-10-03T00:30:00+01:00"),
        (3, "2026-10-03", "2026-10-03T12:00:00+01:00", "2026-10-03T13:00:00+01:00"),
    ]
    assert list(days[0]["rooms"]) == ["Main hall", "Side"]
    assert days[0]["rooms"]["Side"] == []
    assert list(days[2]["rooms"]) == ["Main hall", "Side", "No room"]


def test_frab_event_fields():
    dst_day, midnight, lunch = events(build_frab(all_of(PROGRAM)))

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
    first = events(build_frab(all_of(PROGRAM)))[2]["id"]
    reordered = events(build_frab(all_of(list(reversed(PROGRAM)))))
    again = next(e["id"] for e in reordered if e["type"] == "other")

    assert first == again
    assert 1_000_000_000 <= first < 2**31


def test_frab_guids_stable_across_builds_and_endpoints():
    one = build_frab(all_of(PROGRAM))
    other = build_frab(all_of(PROGRAM, utc_times=True))
    renamed = build_frab(all_of(PROGRAM, slug="other-conf"))

    assert [e["guid"] for e in events(one)] == [e["guid"] for e in events(other)]
    assert not {e["guid"] for e in events(one)} & {e["guid"] for e in events(renamed)}


def test_frab_utc_wire_times_are_written_in_event_zone():
    data = all_of([session("1001", "2026-10-02T22:30", "2026-10-02T23:30")], utc_times=True)

    event = events(build_frab(data))[0]

    assert (event["date"], event["end"]) == (
        "2026-10-02T23:30:00+01:00",
        "2026-10-03T00:30:00+01:00",
    )


def test_frab_track_follows_requested_category():
    frab = build_frab(all_of(PROGRAM, group_by=LEVEL))

    assert events(frab)[1]["track"] == "Beginner"
    assert frab["schedule"]["conference"]["tracks"] == [{"name": "Beginner"}]


def test_frab_without_grouping_category_takes_first_session_category():
    frab = build_frab(all_of(PROGRAM, group_by=None))

    assert events(frab)[1]["track"] == "Web"


def test_frab_hidden_schedule_raises():
    with pytest.raises(NoSchedule, match="'demo-conf' has no scheduled session"):
        build_frab(all_of([session("1003", None, None)]))


def test_frab_zone_outside_c3voc_pattern_leaves_time_zone_name_out():
    frab = build_frab(all_of(PROGRAM, time_zone="Etc/GMT+1"))

    assert "time_zone_name" not in frab["schedule"]["conference"]
    assert_valid_json(frab_json(frab))


def test_frab_version_changes_with_data():
    before = build_frab(all_of(PROGRAM))["schedule"]["version"]
    changed = [dataclasses.replace(PROGRAM[0], title="New title"), *PROGRAM[1:]]

    assert build_frab(all_of(changed))["schedule"]["version"] != before


def test_frab_xml_drops_control_characters_and_keeps_text():
    data = all_of(
        [session("1001", "2026-10-02T09:00", "2026-10-02T10:00", title="Bell\x07 <b> & 🎉")]
    )

    body = frab_xml(build_frab(data))

    assert_valid_xml(body)
    event = etree.fromstring(body).find("day/room/event")
    assert event.findtext("title") == "Bell <b> & 🎉"
    assert event.findtext("abstract") == "About <things>\r\nand more"
    assert [(p.get("guid"), p.text) for p in event.find("persons")] == [(SPEAKER, "Ada Lovelace")]
    assert (
        json.loads(frab_json(build_frab(data)))["schedule"]["conference"]["days"][0]["rooms"][
            "Main hall"
        ][0]["title"]
        == "Bell\x07 <b> & 🎉"
    )


def test_frab_session_ending_before_it_starts_gets_zero_duration():
    data = all_of([session("1001", "2026-10-02T09:00", "2026-10-02T08:00")])

    frab = build_frab(data)

    assert events(frab)[0]["duration"] == "00:00"
    assert_valid_json(frab_json(frab))
    assert_valid_xml(frab_xml(frab))
