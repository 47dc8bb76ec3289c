"""The session and speaker lists: search, filters, sort and paging from the query string."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from podium.console.views.listing import PAGE_SIZE
from podium.program.models import SessionStatus
from tests.factories import (
    CategoryFactory,
    CategoryItemFactory,
    RoomFactory,
    SessionFactory,
    SessionItemFactory,
    SessionSpeakerFactory,
    SpeakerFactory,
    SpeakerItemFactory,
)


def listed(console, query: dict, name: str = "sessions") -> list[str]:
    response = console.get(reverse(f"console:{name}", args=["conf"]), query)
    assert response.status_code == 200
    return [str(obj) if name == "sessions" else obj.full_name for obj in response.context["page"]]


def day(d: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 10, d, hour, 0, tzinfo=dt.UTC)


def test_session_list_search_title_speaker_and_id(console, event):
    keynote = SessionFactory(event=event, title="Opening keynote")
    SessionFactory(event=event, title="Lunch")
    SessionSpeakerFactory(session=keynote, speaker=SpeakerFactory(event=event, last_name="Hopper"))
    assert listed(console, {"q": "KEYNOTE"}) == ["Opening keynote"]
    assert listed(console, {"q": "hopp"}) == ["Opening keynote"]
    assert listed(console, {"q": keynote.public_id}) == ["Opening keynote"]


def test_session_list_filter_status_and_service(console, event):
    SessionFactory(event=event, title="Talk")
    SessionFactory(event=event, title="Maybe", status=SessionStatus.WAITLISTED)
    SessionFactory(event=event, title="Coffee", is_service_session=True)
    assert listed(console, {"status": "Accepted"}) == ["Talk"]
    assert listed(console, {"status": "Waitlisted"}) == ["Maybe"]
    assert listed(console, {"status": "service"}) == ["Coffee"]


def test_session_list_filter_room_and_no_room(console, event):
    hall = RoomFactory(event=event, name="Hall")
    SessionFactory(event=event, title="In the hall", room=hall)
    SessionFactory(event=event, title="Elsewhere")
    SessionFactory(event=event, title="Nowhere", room=None)
    assert listed(console, {"room": str(hall.pk)}) == ["In the hall"]
    assert listed(console, {"room": "none"}) == ["Nowhere"]


def test_session_list_filter_day_in_event_time_zone(console, event):
    # 23:30 UTC on 1 October is 01:30 on 2 October in Berlin.
    SessionFactory(
        event=event, title="Late", starts_at=dt.datetime(2026, 10, 1, 23, 30, tzinfo=dt.UTC)
    )
    SessionFactory(event=event, title="Morning", starts_at=day(1))
    SessionFactory(event=event, title="Unplaced", starts_at=None, ends_at=None)
    response = console.get(reverse("console:sessions", args=["conf"]))
    days = [label for _, label in response.context["filters"].fields["day"].choices]
    assert days == ["Any", "Thu 1 Oct 2026", "Fri 2 Oct 2026", "Not scheduled"]
    assert listed(console, {"day": "2026-10-02"}) == ["Late"]
    assert listed(console, {"day": "2026-10-01"}) == ["Morning"]
    assert listed(console, {"day": "none"}) == ["Unplaced"]


def test_session_list_filter_category_item(console, event):
    web = CategoryItemFactory(category=CategoryFactory(event=event, title="Track"), name="Web")
    SessionItemFactory(session=SessionFactory(event=event, title="Web talk"), item=web)
    SessionFactory(event=event, title="Other talk")
    response = console.get(reverse("console:sessions", args=["conf"]))
    assert response.context["filters"].fields["item"].choices == [
        ("", "Any"), ("Track", [(str(web.pk), "Web")])
    ]  # fmt: skip
    assert listed(console, {"item": str(web.pk)}) == ["Web talk"]


def test_session_list_sort_title_and_time(console, event):
    SessionFactory(event=event, title="B", starts_at=day(1, 9))
    SessionFactory(event=event, title="A", starts_at=day(1, 11))
    SessionFactory(event=event, title="C", starts_at=day(1, 10))
    assert listed(console, {}) == ["B", "C", "A"]
    assert listed(console, {"sort": "title"}) == ["A", "B", "C"]
    assert listed(console, {"sort": "-title"}) == ["C", "B", "A"]
    assert listed(console, {"sort": "-starts"}) == ["A", "C", "B"]


def test_session_list_bad_filter_reported_and_left_out(console, event):
    SessionFactory(event=event, title="Talk")
    response = console.get(reverse("console:sessions", args=["conf"]), {"room": "999", "q": "Ta"})
    assert [str(s) for s in response.context["page"]] == ["Talk"]
    assert "Room: Select a valid choice. 999 is not one of the available choices." in (
        response.content.decode()
    )


def test_session_list_pages_keep_filters(console, event):
    for n in range(PAGE_SIZE + 3):
        SessionFactory(event=event, title=f"Talk {n:03}", starts_at=day(1))
    SessionFactory(event=event, title="Other")
    assert listed(console, {"q": "Talk", "sort": "title", "page": "2"}) == [
        "Talk 050", "Talk 051", "Talk 052"
    ]  # fmt: skip
    page = console.get(reverse("console:sessions", args=["conf"]), {"q": "Talk", "sort": "title"})
    assert 'href="?q=Talk&amp;sort=title&amp;page=2"' in page.content.decode()
    assert listed(console, {"page": "99", "sort": "title"})[-1] == "Talk 052"
    assert listed(console, {"page": "abc", "sort": "title"})[0] == "Other"


def queries_of(console, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert console.get(url).status_code == 200
    return len(captured)


def fill(event, count: int) -> None:
    room = RoomFactory(event=event)
    web = CategoryItemFactory(category=CategoryFactory(event=event))
    for _ in range(count):
        session = SessionFactory(event=event, room=room)
        SessionSpeakerFactory(session=session, speaker=SpeakerFactory(event=event))
        SessionItemFactory(session=session, item=web)


def test_session_and_speaker_lists_constant_query_count(console, event):
    from podium.publish.models import Endpoint

    Endpoint.objects.create(event=event)
    Endpoint.objects.create(event=event, include_sessions="accepted")
    urls = [reverse("console:sessions", args=["conf"]), reverse("console:speakers", args=["conf"])]
    fill(event, 3)
    small = [queries_of(console, url) for url in urls]
    fill(event, 40)
    assert [queries_of(console, url) for url in urls] == small


def test_speaker_list_search_top_category_sort(console, event):
    SpeakerFactory(event=event, first_name="Grace", last_name="Hopper", is_top_speaker=True)
    ada = SpeakerFactory(event=event, first_name="Ada", last_name="Lovelace", tag_line="Engines")
    SpeakerFactory(event=event, first_name="Alan", last_name="Turing")
    pro = CategoryItemFactory(category=CategoryFactory(event=event, type="speaker"), name="Pro")
    SpeakerItemFactory(speaker=ada, item=pro)
    assert listed(console, {"q": "engines"}, "speakers") == ["Ada Lovelace"]
    assert listed(console, {"top": "on"}, "speakers") == ["Grace Hopper"]
    assert listed(console, {"item": str(pro.pk)}, "speakers") == ["Ada Lovelace"]
    assert listed(console, {}, "speakers") == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    assert listed(console, {"sort": "-last"}, "speakers") == [
        "Alan Turing", "Ada Lovelace", "Grace Hopper"
    ]  # fmt: skip


def test_lists_filters_nothing_found_says_so(console, event):
    SessionFactory(event=event)
    SpeakerFactory(event=event)
    for name in ["sessions", "speakers"]:
        page = console.get(reverse(f"console:{name}", args=["conf"]), {"q": "zzz"})
        assert f"No {name[:-1]} matches these filters." in page.content.decode()
