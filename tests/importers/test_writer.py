import datetime as dt

import pytest

from podium.importers.sessionize import SessionizeError
from podium.importers.writer import import_sessionize
from podium.program import models as m
from podium.publish.models import Endpoint
from tests.factories import EventFactory
from tests.importers.payloads import LUNCH, OLE, ZOE, current, encode, older, snapshot

pytestmark = pytest.mark.django_db

UTC = dt.UTC


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 10, 3, hour, minute, tzinfo=UTC)


def test_import_sessionize_new_event_gets_defaults_and_every_row():
    result = import_sessionize(encode(current()), slug="conf")
    event = m.Event.objects.get(slug="conf")
    assert (result.event.pk, result.created) == (event.pk, True)
    assert (event.name, event.time_zone, event.schedule_announced) == ("conf", "UTC", True)
    assert result.counts == {
        "sessions": 3,
        "speakers": 2,
        "rooms": 2,
        "categories": 2,
        "questions": 2,
    }
    assert (result.changes.created, result.changes.updated, result.changes.deleted) == (24, 0, 0)


def test_import_sessionize_stores_sessions_exactly():
    import_sessionize(encode(current()), slug="conf", time_zone="Europe/Berlin")
    rows = m.Session.objects.filter(event__slug="conf").order_by("starts_at")
    assert [
        (
            s.public_id,
            s.title,
            s.description,
            s.starts_at,
            s.ends_at,
            s.room.public_id if s.room else None,
            s.is_service_session,
            s.is_plenum_session,
            s.status,
            s.is_informed,
            s.is_confirmed,
            s.live_url,
            s.recording_url,
        )
        for s in rows
    ] == [
        ("1001", "Opening keynote", "Line one\r\nLine two", at(7), at(7, 45), 10,
         False, True, "Accepted", True, False, None, "https://video.example/1"),
        ("1002", "Deep dive", None, at(8), at(8, 45), 11,
         False, False, "Accepted", True, True, "https://live.example/2", None),
        (LUNCH, "Lunch", None, at(10), at(11), None,
         True, False, "Accepted", False, False, None, None),
    ]  # fmt: skip


def test_import_sessionize_keeps_the_order_of_every_list():
    import_sessionize(encode(current()), slug="conf")
    pairs = m.SessionSpeaker.objects.filter(session__event__slug="conf")
    assert sorted(
        (p.session.public_id, p.position, p.speaker.public_id, p.speaker_position) for p in pairs
    ) == [("1001", 0, OLE, 0), ("1001", 1, ZOE, 1), ("1002", 0, ZOE, 0)]
    items = m.SessionItem.objects.filter(session__public_id="1001").order_by("position")
    assert [(i.position, i.item.public_id) for i in items] == [(0, 22), (1, 21)]
    zoe = m.Speaker.objects.get(public_id=ZOE)
    assert [(link.position, link.title, link.url, link.link_type) for link in zoe.links.all()] == [
        (0, "GitHub", "https://github.example/zoe", "Other"),
        (1, "LinkedIn", "https://linkedin.example/zoe", "LinkedIn"),
    ]
    assert [(i.position, i.item.public_id) for i in m.SpeakerItem.objects.filter(speaker=zoe)] == [
        (0, 31)
    ]


def test_import_sessionize_stores_speakers_questions_categories_rooms():
    import_sessionize(encode(current()), slug="conf")
    assert [
        (s.public_id, s.first_name, s.last_name, s.bio, s.tag_line, s.profile_picture,
         s.is_top_speaker)
        for s in m.Speaker.objects.order_by("public_id")
    ] == [
        (OLE, "Ole", "Berg", None, "Engineer", "https://images.example/ole.jpg", False),
        (ZOE, "Zoë", "Ångström", "Builds things.\r\nTalks about them.", None, None, True),
    ]  # fmt: skip
    assert [
        (q.public_id, q.question, q.question_type, q.sort, q.target)
        for q in m.Question.objects.all()
    ] == [(40, "Slides", "Web_address", 2, "session"), (41, "Pronouns", "Short_Text", 1, "speaker")]
    assert [
        (a.session.public_id, a.question.public_id, a.position, a.value)
        for a in m.SessionAnswer.objects.all()
    ] == [("1001", 40, 0, "https://slides.example/1")]
    assert [
        (a.speaker.public_id, a.question.public_id, a.position, a.value)
        for a in m.SpeakerAnswer.objects.all()
    ] == [(ZOE, 41, 0, "she/her")]
    assert [
        (
            c.public_id,
            c.title,
            c.type,
            c.sort,
            [(i.public_id, i.name, i.sort) for i in c.items.all()],
        )
        for c in m.Category.objects.all()
    ] == [
        (20, "Track", "session", 0, [(22, "Data", -3), (21, "Web", 1)]),
        (30, "Experience", "speaker", 5, [(31, "First talk", 1)]),
    ]
    assert [(r.public_id, r.name, r.sort) for r in m.Room.objects.all()] == [
        (10, "Main Hall", 0),
        (11, "Side Room", 1),
    ]


def test_import_sessionize_twice_changes_nothing():
    import_sessionize(encode(current()), slug="conf", time_zone="Europe/Berlin", name="Conf")
    before = snapshot()
    result = import_sessionize(encode(current()), slug="conf")
    after = snapshot()
    assert after == before
    assert result.created is False
    assert (result.changes.created, result.changes.updated, result.changes.deleted) == (0, 0, 0)


def test_import_sessionize_changed_file_bumps_data_version():
    first = import_sessionize(encode(current()), slug="conf").event
    data = current()
    data["sessions"][1]["title"] = "Deeper dive"
    second = import_sessionize(encode(data), slug="conf").event
    assert second.data_version != first.data_version
    assert m.Event.objects.get(slug="conf").data_version == second.data_version


def test_import_sessionize_same_file_keeps_data_version():
    first = import_sessionize(encode(current()), slug="conf").event
    import_sessionize(encode(current()), slug="conf")
    assert m.Event.objects.get(slug="conf").data_version == first.data_version


def test_import_sessionize_new_time_zone_bumps_data_version():
    first = import_sessionize(encode(current()), slug="conf").event
    import_sessionize(encode(current()), slug="conf", time_zone="Europe/Berlin")
    assert m.Event.objects.get(slug="conf").data_version != first.data_version


def test_import_sessionize_zone_guessed_only_for_local_times_without_zone():
    utc = current()
    for session in utc["sessions"]:
        session["startsAt"] += "Z"
        session["endsAt"] += "Z"
    unscheduled = current()
    for session in unscheduled["sessions"]:
        session["startsAt"] = session["endsAt"] = None
    guessed = [
        import_sessionize(encode(current()), slug="local").zone_guessed,
        import_sessionize(encode(current()), slug="zoned", time_zone="Europe/Oslo").zone_guessed,
        import_sessionize(encode(utc), slug="utc").zone_guessed,
        import_sessionize(encode(unscheduled), slug="unscheduled").zone_guessed,
        import_sessionize(encode(current()), slug="local").zone_guessed,  # exists now
    ]
    assert guessed == [True, False, False, False, False]


def test_import_sessionize_updates_in_place_keeping_pks():
    import_sessionize(encode(current()), slug="conf")
    pks = {s.public_id: s.pk for s in m.Session.objects.all()}
    question_pk = m.Question.objects.get(public_id=40).pk
    data = current()
    data["sessions"][0]["title"] = "Opening"
    data["sessions"][0]["speakers"] = [ZOE, OLE]
    data["sessions"][0]["questionAnswers"][0]["answerValue"] = "https://slides.example/new"
    data["speakers"][0]["links"].reverse()
    del data["sessions"][1]  # 1002 goes, and with it Zoë's session there
    data["speakers"][0]["sessions"] = [1001]
    data["rooms"].append({"id": 12, "name": "Annex", "sort": 2})

    result = import_sessionize(encode(data), slug="conf")

    assert {s.public_id: s.pk for s in m.Session.objects.all()} == {
        "1001": pks["1001"],
        LUNCH: pks[LUNCH],
    }
    assert m.Session.objects.get(public_id="1001").title == "Opening"
    assert m.Question.objects.get(public_id=40).pk == question_pk
    assert m.SessionAnswer.objects.get().value == "https://slides.example/new"
    assert [
        (p.speaker.public_id, p.position, p.speaker_position)
        for p in m.SessionSpeaker.objects.order_by("position")
    ] == [(ZOE, 0, 0), (OLE, 1, 0)]
    zoe = m.Speaker.objects.get(public_id=ZOE)
    assert [link.title for link in zoe.links.all()] == ["LinkedIn", "GitHub"]
    assert [r.public_id for r in m.Room.objects.all()] == [10, 11, 12]
    assert result.counts["rooms"] == 3


def test_import_sessionize_deletes_rows_absent_from_the_file():
    import_sessionize(encode(current()), slug="conf")
    data = current()
    data["questions"] = data["questions"][:1]
    data["speakers"][0]["questionAnswers"] = []
    data["categories"] = data["categories"][:1]
    data["speakers"][0]["categoryItems"] = []
    data["speakers"][0]["links"] = []
    import_sessionize(encode(data), slug="conf")
    assert list(m.Question.objects.values_list("public_id", flat=True)) == [40]
    assert list(m.Category.objects.values_list("public_id", flat=True)) == [20]
    assert list(m.CategoryItem.objects.values_list("public_id", flat=True)) == [22, 21]
    assert (m.SpeakerAnswer.objects.count(), m.SpeakerItem.objects.count()) == (0, 0)
    assert m.SpeakerLink.objects.count() == 0


def test_import_sessionize_leaves_other_events_alone():
    import_sessionize(encode(current()), slug="one")
    import_sessionize(encode(current()), slug="two")
    import_sessionize(encode({**current(), "sessions": [], "speakers": []}), slug="two")
    assert m.Session.objects.filter(event__slug="one").count() == 3
    assert m.Session.objects.filter(event__slug="two").count() == 0
    assert m.Room.objects.filter(event__slug="two").count() == 2


def test_import_sessionize_existing_event_keeps_name_and_zone_unless_given():
    EventFactory(slug="conf", name="Conf 2026", time_zone="Europe/London", schedule_announced=False)
    import_sessionize(encode(current()), slug="conf")
    event = m.Event.objects.get(slug="conf")
    assert (event.name, event.time_zone, event.schedule_announced) == (
        "Conf 2026",
        "Europe/London",
        False,
    )
    assert m.Session.objects.get(public_id="1001").starts_at == at(8)
    import_sessionize(encode(current()), slug="conf", name="Renamed", time_zone="Asia/Tokyo")
    event.refresh_from_db()
    assert (event.name, event.time_zone) == ("Renamed", "Asia/Tokyo")
    assert m.Session.objects.get(public_id="1001").starts_at == dt.datetime(
        2026, 10, 3, 0, 0, tzinfo=UTC
    )


def test_import_sessionize_z_times_are_utc_whatever_the_zone():
    data = current()
    for session in data["sessions"]:
        session["startsAt"] += "Z"
        session["endsAt"] += "Z"
    import_sessionize(encode(data), slug="utc")
    import_sessionize(encode(data), slug="tokyo", time_zone="Asia/Tokyo")
    assert m.Event.objects.get(slug="utc").time_zone == "UTC"
    for slug in ("utc", "tokyo"):
        assert m.Session.objects.get(event__slug=slug, public_id="1002").starts_at == at(10)


def test_import_sessionize_without_times_leaves_the_schedule_unannounced():
    data = current()
    for session in data["sessions"]:
        session.update(startsAt=None, endsAt=None)
    assert import_sessionize(encode(data), slug="conf").event.schedule_announced is False


def test_import_sessionize_older_format_imports():
    import_sessionize(encode(older()), slug="old")
    assert [
        (s.public_id, s.status, s.is_informed, s.is_confirmed, s.live_url, s.recording_url)
        for s in m.Session.objects.order_by("starts_at")
    ] == [
        ("1001", "Accepted", True, True, None, None),
        ("1002", "Accepted", True, True, None, None),
        (LUNCH, "Accepted", False, False, None, None),
    ]
    assert list(m.Category.objects.values_list("type", flat=True)) == ["session", "session"]
    assert m.SpeakerItem.objects.count() == 0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"time_zone": "Mars/Olympus"},
            "--timezone: 'Mars/Olympus' is not an IANA time zone (e.g. Europe/London, UTC)",
        ),
        (
            {"slug": "no spaces"},
            "--event: 'no spaces' is not a slug (letters, digits, hyphens and underscores)",
        ),
        ({"slug": "x" * 101}, "--event: longer than 100 characters"),
        ({"name": " "}, "--name: must not be empty"),
        ({"name": "n" * 201}, "--name: longer than 200 characters"),
    ],
)
def test_import_sessionize_bad_option_is_an_error(options, message):
    with pytest.raises(SessionizeError) as caught:
        import_sessionize(encode(current()), **{"slug": "conf", **options})
    assert str(caught.value) == message
    assert not m.Event.objects.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["sessions"][0].update(roomId=999),
            'sessions[0].roomId: 999 is not the id of a room in "rooms"',
        ),
        (
            lambda d: d["sessions"][0].update(title="t" * 501),
            "sessions[0].title: 501 characters, more than the 500 podium stores",
        ),
        (
            lambda d: d["speakers"][1]["links"].append(
                {"title": "x", "url": "u" * 1001, "linkType": ""}
            ),
            "speakers[1].links[0].url: 1001 characters, more than the 1000 podium stores",
        ),
        (
            lambda d: d["sessions"][2].update(status="Rejected"),
            "sessions[2].status: the string 'Rejected' is not a status (\"Accepted\", "
            '"Declined", "Nominated", "Accept_Queue", "Decline_Queue", "Waitlisted", or null)',
        ),
        (
            lambda d: d["categories"][1]["items"][0].update(sort=2**31),
            "categories[1].items[0].sort: 2147483648 is outside -2147483648 to 2147483647",
        ),
    ],
)
def test_import_sessionize_bad_file_leaves_existing_event_unchanged(change, message):
    import_sessionize(encode(current()), slug="conf")
    before = snapshot()
    data = current()
    change(data)
    with pytest.raises(SessionizeError) as caught:
        import_sessionize(encode(data), slug="conf", name="Other", time_zone="Asia/Tokyo")
    assert str(caught.value) == message
    assert snapshot() == before


def test_import_sessionize_keeps_endpoints_exposed_fields_and_deletes_dropped_ones():
    event = import_sessionize(encode(current()), slug="conf").event
    endpoint = Endpoint.objects.create(event=event, group_by=m.Category.objects.get(public_id=20))
    endpoint.exposed_categories.set(m.Category.objects.all())
    endpoint.exposed_questions.set(m.Question.objects.all())
    import_sessionize(encode(current()), slug="conf")
    endpoint.refresh_from_db()
    assert endpoint.group_by.public_id == 20
    assert sorted(c.public_id for c in endpoint.exposed_categories.all()) == [20, 30]
    assert sorted(q.public_id for q in endpoint.exposed_questions.all()) == [40, 41]

    data = current()
    data["categories"] = data["categories"][1:]
    data["sessions"][0]["categoryItems"] = []
    data["questions"] = data["questions"][1:]
    data["sessions"][0]["questionAnswers"] = []
    import_sessionize(encode(data), slug="conf")
    endpoint.refresh_from_db()
    assert endpoint.group_by is None
    assert [c.public_id for c in endpoint.exposed_categories.all()] == [30]
    assert [q.public_id for q in endpoint.exposed_questions.all()] == [41]


def test_import_sessionize_item_moved_out_of_a_dropped_category_keeps_its_pk():
    import_sessionize(encode(current()), slug="conf")
    item_pk = m.CategoryItem.objects.get(public_id=21).pk
    data = current()
    moved = data["categories"][0]["items"][0]
    data["categories"] = [{**data["categories"][0], "id": 25, "items": [moved]}]
    data["sessions"][0]["categoryItems"] = [21]
    data["speakers"][0]["categoryItems"] = []
    import_sessionize(encode(data), slug="conf")
    item = m.CategoryItem.objects.get(public_id=21)
    assert (item.pk, item.category.public_id) == (item_pk, 25)
    assert list(m.SessionItem.objects.values_list("item__public_id", "position")) == [(21, 0)]


def test_import_sessionize_dropping_everything_deletes_every_row():
    import_sessionize(encode(current()), slug="conf")
    empty = {"sessions": [], "speakers": [], "questions": [], "categories": [], "rooms": []}
    result = import_sessionize(encode(empty), slug="conf")
    assert result.changes.deleted == 24
    rows = snapshot()
    assert len(rows.pop("Event")) == 1
    assert rows == {name: [] for name in rows}
