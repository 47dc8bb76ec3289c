"""The schedule editor page and its place endpoint, through the test client."""

import datetime as dt

import pytest
from django.urls import reverse

from podium.console.schedule_grid import version_of
from podium.program.models import Event, Session
from tests.factories import RoomFactory, SessionFactory, SessionSpeakerFactory, SpeakerFactory

BERLIN = dt.timezone(dt.timedelta(hours=2))  # Europe/Berlin in May


def at(hour: int, minute: int = 0, day: int = 4) -> dt.datetime:
    return dt.datetime(2027, 5, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def dated(event):
    event.starts_on, event.ends_on = dt.date(2027, 5, 4), dt.date(2027, 5, 5)
    event.save()
    return event


@pytest.fixture
def hall(dated):
    return RoomFactory(event=dated, name="Hall")


def place(console, session, **fields):
    data = {"session": session.pk, "version": version_of(session), "action": "place", **fields}
    return console.post(
        reverse("console:schedule-place", args=["conf"]), data, HTTP_ACCEPT="application/json"
    )


def test_schedule_page_days_rooms_and_blocks(console, dated, hall):
    SessionFactory(event=dated, room=hall, title="Opening", starts_at=at(9), ends_at=at(9, 45))
    SessionFactory(event=dated, room=None, starts_at=None, ends_at=None, title="Floating")
    schedule = console.get(reverse("console:schedule", args=["conf"])).context["schedule"]
    [first, second] = schedule.days
    assert (first.date, second.date, first.first, first.last) == (
        dt.date(2027, 5, 4),
        dt.date(2027, 5, 5),
        9 * 60,
        18 * 60,
    )
    [lane] = first.lanes
    assert [(b.session.title, b.start, b.end, b.time_label) for b in lane.blocks] == [
        ("Opening", 540, 585, "09:00–09:45")
    ]
    assert [s.title for s in schedule.unplaced] == ["Floating"]


def test_schedule_page_hours_widen_for_early_sessions(console, dated, hall):
    SessionFactory(event=dated, room=hall, starts_at=at(7, 30), ends_at=at(19, 10))
    day = console.get(reverse("console:schedule", args=["conf"])).context["schedule"].days[0]
    assert (day.first, day.last, day.hours()[0]) == (7 * 60, 20 * 60, (420, "07:00"))


def test_schedule_conflicts_room_and_speaker_listed(console, dated, hall):
    side = RoomFactory(event=dated, name="Side")
    ada = SpeakerFactory(event=dated, first_name="Ada", last_name="Lovelace")
    a = SessionFactory(event=dated, room=hall, title="A", starts_at=at(10), ends_at=at(11))
    SessionFactory(event=dated, room=hall, title="B", starts_at=at(10, 30), ends_at=at(11))
    c = SessionFactory(event=dated, room=side, title="C", starts_at=at(10, 45), ends_at=at(12))
    SessionFactory(event=dated, room=hall, title="D", starts_at=at(11), ends_at=at(12))
    SessionSpeakerFactory(session=a, speaker=ada)
    SessionSpeakerFactory(session=c, speaker=ada)
    response = console.get(reverse("console:schedule", args=["conf"]))
    conflicts = response.context["schedule"].conflicts
    assert [(c.kind, c.name, c.first.title, c.second.title) for c in conflicts] == [
        ("room", "Hall", "A", "B"),
        ("speaker", "Ada Lovelace", "A", "C"),
    ]
    [lane, _] = response.context["schedule"].days[0].lanes
    assert [(b.session.title, b.notes, b.track, b.tracks) for b in lane.blocks] == [
        ("A", ["Room also booked for “B”", "Ada Lovelace is also in “C”"], 0, 2),
        ("B", ["Room also booked for “A”"], 1, 2),
        ("D", [], 0, 1),
    ]
    assert "2 conflicts" in response.content.decode()


def test_schedule_place_moves_session(console, dated, hall):
    session = SessionFactory(event=dated, room=None, starts_at=None, ends_at=None, title="Talk")
    version = Event.objects.get(pk=dated.pk).data_version
    response = place(console, session, room=hall.pk, day="2027-05-05", start="14:05", length=40)
    assert (response.status_code, response.json()) == (
        200,
        {"ok": True, "message": "Placed “Talk” in Hall, Wed 5 May 14:05–14:45."},
    )
    session.refresh_from_db()
    assert (session.room, session.starts_at, session.ends_at) == (
        hall,
        at(14, 5, day=5),
        at(14, 45, day=5),
    )
    assert Event.objects.get(pk=dated.pk).data_version != version


def test_schedule_place_stale_version_refused(console, dated, hall):
    session = SessionFactory(event=dated, room=hall, starts_at=at(9), ends_at=at(10), title="T")
    stale = version_of(session)
    Session.objects.get(pk=session.pk).save()  # a second organizer saved it meanwhile
    data = {"version": stale, "room": hall.pk, "day": "2027-05-04", "start": "15:00"}
    response = place(console, session, **data, length=30)
    assert response.status_code == 409
    assert response.json()["message"] == (
        "“T” was changed by someone else since this page showed it: the schedule now shows "
        "where it is. Try again from there."
    )
    session.refresh_from_db()
    assert session.starts_at == at(9)


def test_schedule_place_off_grid_time_refused(console, dated, hall):
    session = SessionFactory(event=dated, room=hall)
    response = place(console, session, room=hall.pk, day="2027-05-04", start="10:03", length=30)
    assert (response.status_code, response.json()["message"]) == (
        400,
        "Start: Times snap to 5 minutes: 10:03 is not on the grid.",
    )


def test_schedule_place_length_not_multiple_refused(console, dated, hall):
    session = SessionFactory(event=dated, room=hall)
    response = place(console, session, room=hall.pk, day="2027-05-04", start="10:00", length=7)
    assert response.json()["message"] == "Length (minutes): Lengths are multiples of 5 minutes."


def test_schedule_place_missing_room_refused(console, dated, hall):
    session = SessionFactory(event=dated, room=hall)
    response = place(console, session, day="2027-05-04", start="10:00", length=30)
    assert (response.status_code, response.json()["message"]) == (
        400,
        "Room: Needed to place the session.",
    )


def test_schedule_place_other_event_room_refused(console, dated, hall, other_event):
    foreign = RoomFactory(event=other_event)
    session = SessionFactory(event=dated, room=hall, starts_at=at(9), ends_at=at(10))
    response = place(console, session, room=foreign.pk, day="2027-05-04", start="9:00", length=5)
    assert response.status_code == 400
    session.refresh_from_db()
    assert session.room == hall


def test_schedule_place_other_event_session_404(console, dated, hall, other_event):
    foreign = SessionFactory(event=other_event, starts_at=at(9), ends_at=at(10))
    response = place(console, foreign, room=hall.pk, day="2027-05-04", start="11:00", length=30)
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.starts_at == at(9)


def test_schedule_unschedule_clears_room_and_times(console, dated, hall):
    session = SessionFactory(event=dated, room=hall, title="Gone")
    response = place(console, session, action="unschedule")
    assert response.json() == {"ok": True, "message": "“Gone” is unscheduled: no room, no times."}
    session.refresh_from_db()
    assert (session.room, session.starts_at, session.ends_at) == (None, None, None)


def test_schedule_place_plain_form_redirects_with_message(console, dated, hall):
    session = SessionFactory(event=dated, room=None, starts_at=None, ends_at=None, title="K")
    data = {
        "session": session.pk,
        "version": version_of(session),
        "action": "place",
        "room": hall.pk,
        "day": "2027-05-04",
        "start": "09:30",
        "length": "45",
    }
    response = console.post(reverse("console:schedule-place", args=["conf"]), data, follow=True)
    assert response.redirect_chain == [("/console/events/conf/schedule/", 302)]
    assert [str(m) for m in response.context["messages"]] == [
        "Placed “K” in Hall, Tue 4 May 09:30–10:15."
    ]


def test_schedule_place_get_not_allowed(console, dated):
    assert console.get(reverse("console:schedule-place", args=["conf"])).status_code == 405


def test_schedule_other_team_404(console, event, other_event):
    session = SessionFactory(event=other_event)
    for name in ("schedule", "schedule-place"):
        url = reverse(f"console:{name}", args=["secret"])
        assert (url, console.get(url).status_code) in [(url, 404), (url, 405)]
        data = {"session": session.pk, "version": version_of(session), "action": "unschedule"}
        assert (url, console.post(url, data).status_code) == (url, 404)
    session.refresh_from_db()
    assert session.starts_at is not None


def test_schedule_logged_out_redirected_to_login(client, event):
    response = client.get(reverse("console:schedule", args=["conf"]))
    assert (response.status_code, response.url.split("?")[0]) == (302, "/console/login/")


def test_schedule_without_days_or_rooms_says_what_to_do(console, event):
    content = console.get(reverse("console:schedule", args=["conf"])).content.decode()
    assert "No days yet: give the event its" in content
