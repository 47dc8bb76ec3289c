"""Each embed view's markup for the demo event: its structure, from the same records as JSON."""

import pytest

from podium.publish.builders import build_view
from podium.publish.models import Endpoint
from tests.embeds.html import fragment_tree, texts


@pytest.fixture
def grid_json(demo):
    return build_view(Endpoint.objects.get(pk="demojson"), "GridSmart")


def test_grid_days_are_tabs_and_sections_of_the_json_days(demo, grid_json):
    tree = fragment_tree(demo, "GridSmart")
    dates = [day["date"][:10] for day in grid_json]
    assert dates == ["2027-10-29", "2027-10-30", "2027-10-31"]
    assert [tab.get("aria-controls") for tab in tree.cssselect("[role=tab]")] == [
        f"podium-day-{date}" for date in dates
    ]
    assert texts(tree.cssselect("[role=tab]")) == [
        "Friday 29 October",
        "Saturday 30 October",
        "Sunday 31 October",
    ]
    assert [s.get("id") for s in tree.cssselect("section.podium-day")] == [
        f"podium-day-{date}" for date in dates
    ]


def test_grid_rooms_are_the_columns_of_each_day(demo, grid_json):
    tree = fragment_tree(demo, "GridSmart")
    for day, section in zip(grid_json, tree.cssselect("section.podium-day"), strict=True):
        assert texts(section.cssselect(".podium-room")) == [room["name"] for room in day["rooms"]]
        assert [r.get("style") for r in section.cssselect(".podium-room")] == [
            f"grid-column:{n + 2}" for n in range(len(day["rooms"]))
        ]


def test_grid_sessions_are_the_json_slots_in_time_order(demo, grid_json):
    tree = fragment_tree(demo, "GridSmart")
    for day, section in zip(grid_json, tree.cssselect("section.podium-day"), strict=True):
        expected = [room["session"]["title"] for slot in day["timeSlots"] for room in slot["rooms"]]
        assert texts(section.cssselect(".podium-session .podium-title")) == expected


def test_grid_plenum_spans_every_room_and_service_is_shaded(demo):
    tree = fragment_tree(demo, "GridSmart")
    first_day = tree.cssselect("section.podium-day")[0]
    plenum = first_day.cssselect(".podium-plenum")
    assert texts(p.cssselect(".podium-title")[0] for p in plenum) == [
        "Welcome to Harbour Open Source Days 2027",
        "The Long Tail of Maintenance: Who Keeps the Lights On?",
    ]
    assert [p.get("style") for p in plenum] == [
        "grid-row:3/4;grid-column:2/-1",
        "grid-row:4/5;grid-column:2/-1",
    ]
    service = first_day.cssselect(".podium-service .podium-title")
    assert texts(service) == ["Registration & coffee", "Coffee break", "Lunch", "Afternoon break"]


def test_grid_card_says_time_and_room(demo):
    tree = fragment_tree(demo, "GridSmart")
    card = tree.cssselect("section.podium-day .podium-session")[0]
    assert texts(card.cssselect(".podium-meta")) == ["08:00–09:00 · Foyer"]
    assert [t.get("datetime") for t in card.cssselect("time")] == [
        "2027-10-29T06:00:00Z",
        "2027-10-29T07:00:00Z",
    ]


def test_session_dialog_holds_speakers_description_and_custom_fields(demo):
    tree = fragment_tree(demo, "GridSmart")
    [opener] = [
        a for a in tree.cssselect(".podium-title a") if a.text == "Python Without the GIL, Measured"
    ]
    [detail] = tree.cssselect(f"article.podium-detail[id='{opener.get('href')[1:]}']")
    assert detail.get("aria-labelledby") == detail.cssselect("h2")[0].get("id")
    assert texts(detail.cssselect("h2")) == ["Python Without the GIL, Measured"]
    assert texts(detail.cssselect(".podium-people a")) == ["Priya Raghunathan"]
    labels = texts(detail.cssselect(".podium-fields dt"))
    assert labels[:3] == ["Track", "Level", "Format"]
    assert texts(detail.cssselect(".podium-meta")) == [
        "Friday, 29 October, 11:30–12:15 · Main Hall"
    ]


def test_sessions_view_lists_every_session_with_filters(demo):
    tree = fragment_tree(demo, "Sessions")
    sessions = build_view(Endpoint.objects.get(pk="demojson"), "Sessions")
    assert texts(tree.cssselect(".podium-list .podium-title")) == [
        s["title"] for group in sessions for s in group["sessions"]
    ]
    assert [
        texts(select.cssselect("option"))[0] for select in tree.cssselect("select.podium-category")
    ] == ["All", "All", "All"]
    assert [" ".join(label.text.split()) for label in tree.cssselect(".podium-filter")] == [
        "Filter sessions",
        "Track",
        "Level",
        "Format",
    ]


def test_speakers_view_cards_and_dialogs(demo):
    tree = fragment_tree(demo, "Speakers")
    speakers = build_view(Endpoint.objects.get(pk="demojson"), "Speakers")
    assert texts(tree.cssselect(".podium-speaker .podium-title")) == [
        s["fullName"] for s in speakers
    ]
    first = speakers[0]
    [detail] = tree.cssselect(f"article[id='podium-p-{first['id']}']")
    assert texts(detail.cssselect(".podium-tagline")) == [first["tagLine"]]
    assert texts(detail.cssselect("h3")) == ["Sessions", "Links"]


def test_speaker_wall_lists_every_speaker(demo):
    tree = fragment_tree(demo, "SpeakerWall")
    wall = build_view(Endpoint.objects.get(pk="demojson"), "SpeakerWall")
    assert texts(tree.cssselect(".podium-wall .podium-name")) == [s["fullName"] for s in wall]


def test_grid_hidden_schedule_says_so(demo):
    demo.event.schedule_announced = False
    demo.event.save()
    tree = fragment_tree(Endpoint.objects.get(pk="demoembed"), "GridSmart")
    assert texts(tree.cssselect(".podium-empty")) == ["The schedule is not published yet."]
