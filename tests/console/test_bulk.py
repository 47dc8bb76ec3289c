"""Bulk actions on the ticked sessions of the session list."""

import pytest
from django.urls import reverse

from podium.program.changes import program_changed
from podium.program.models import Session, SessionStatus
from tests.factories import RoomFactory, SessionFactory, SessionSpeakerFactory


def bulk(console, action: str, sessions, **extra):
    data = {"action": action, "selected": [str(s.pk) for s in sessions], **extra}
    return console.post(reverse("console:session-bulk", args=["conf"]), data)


def states(event) -> list[tuple]:
    rows = event.sessions.order_by("title").values_list("title", "status", "is_informed", "room")
    return list(rows)


@pytest.mark.django_db(transaction=True)
def test_bulk_accept_only_ticked(console, event):
    a = SessionFactory(event=event, title="A", status=SessionStatus.NOMINATED)
    b = SessionFactory(event=event, title="B", status=SessionStatus.WAITLISTED)
    SessionFactory(event=event, title="C", status=SessionStatus.DECLINED)
    sent = []
    program_changed.connect(lambda **kw: sent.append(kw["event_id"]), weak=False, dispatch_uid="t")
    try:
        response = bulk(console, "accept", [a, b], back="status=Nominated&page=2")
    finally:
        program_changed.disconnect(dispatch_uid="t")
    assert response.status_code == 302
    assert response.url == "/console/events/conf/sessions/?status=Nominated&page=2"
    assert [s[:2] for s in states(event)] == [
        ("A", "Accepted"), ("B", "Accepted"), ("C", "Declined")
    ]  # fmt: skip
    assert sent == [event.pk]  # one transaction: announced once
    page = console.get(response.url)
    assert [str(m) for m in page.context["messages"]] == ["Accepted 2 sessions."]


def test_bulk_mark_informed(console, event):
    a = SessionFactory(event=event, title="A", is_informed=False)
    SessionFactory(event=event, title="B", is_informed=False)
    response = bulk(console, "inform", [a])
    assert response.url == "/console/events/conf/sessions/"
    assert [s[2] for s in states(event)] == [True, False]


def test_bulk_move_to_room_and_to_no_room(console, event):
    hall = RoomFactory(event=event, name="Hall")
    a, b = SessionFactory(event=event, title="A"), SessionFactory(event=event, title="B")
    bulk(console, "room", [a, b], room=str(hall.pk))
    assert [s[3] for s in states(event)] == [hall.pk, hall.pk]
    bulk(console, "room", [b], room="")
    assert [s[3] for s in states(event)] == [hall.pk, None]


def test_bulk_delete_asks_first_with_count(console, event):
    a, b = SessionFactory(event=event, title="A"), SessionFactory(event=event, title="B")
    SessionSpeakerFactory(session=a)
    response = bulk(console, "delete", [a, b], back="q=x")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Delete 2 sessions?" in content
    assert 'href="/console/events/conf/sessions/?q=x">Cancel</a>' in content
    assert event.sessions.count() == 2
    response = bulk(console, "delete", [a], confirmed="yes", back="q=x")
    assert response.url == "/console/events/conf/sessions/?q=x"
    assert [s[0] for s in states(event)] == ["B"]
    assert event.speakers.count() == 1  # speakers stay


def test_bulk_nothing_ticked_says_so(console, event):
    SessionFactory(event=event, title="A", status=SessionStatus.NOMINATED)
    response = bulk(console, "accept", [])
    page = console.get(response.url)
    assert [str(m) for m in page.context["messages"]] == ["Selected: Tick at least one session."]
    assert [s[1] for s in states(event)] == ["Nominated"]


def test_bulk_other_event_session_refused_nothing_changed(console, event, other_event):
    own = SessionFactory(event=event, title="A", status=SessionStatus.NOMINATED)
    secret = SessionFactory(event=other_event, status=SessionStatus.NOMINATED)
    response = bulk(console, "accept", [own, secret])
    page = console.get(response.url)
    assert [str(m) for m in page.context["messages"]] == [
        f"Selected: Select a valid choice. {secret.pk} is not one of the available choices."
    ]
    statuses = Session.objects.order_by("pk").values_list("status", flat=True)
    assert list(statuses) == ["Nominated", "Nominated"]


def test_bulk_unknown_action_refused(console, event):
    a = SessionFactory(event=event)
    page = console.get(bulk(console, "explode", [a]).url)
    assert [str(m) for m in page.context["messages"]] == [
        "Action: Select a valid choice. explode is not one of the available choices."
    ]


def test_bulk_get_not_allowed(console, event):
    assert console.get(reverse("console:session-bulk", args=["conf"])).status_code == 405


def test_bulk_change_keeps_the_state_before_and_restores_it(console, event):
    from podium.console.snapshot_models import EventSnapshot
    from podium.console.snapshots import archive_of
    from podium.importers.archive import export_event

    a = SessionFactory(event=event, title="A", status=SessionStatus.NOMINATED)
    b = SessionFactory(event=event, title="B")
    before = export_event(event)
    bulk(console, "accept", [a])
    bulk(console, "delete", [a, b], confirmed="yes")
    labels = list(EventSnapshot.objects.order_by("pk").values_list("label", flat=True))
    assert labels == ["Before bulk change: Accept (1 session)", "Before deleting 2 sessions"]
    assert archive_of(EventSnapshot.objects.order_by("pk").first()) == before
