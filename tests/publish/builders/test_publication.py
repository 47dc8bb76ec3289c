"""The publication records: every publishing rule applied once, times as UTC instants."""

import dataclasses
import datetime as dt

from podium.publish.records import Answer, Item, Link, Room, publication_of
from tests.publish.builders.conftest import ADA_ID, BOB_ID, LUNCH_ID, utc


def session(publication, session_id):
    return publication.session_by_id[session_id]


def test_publication_times_are_utc_instants(exposed):
    keynote = session(publication_of(exposed.endpoint), "1001")

    assert (keynote.starts, keynote.ends) == (utc(3, 8), utc(3, 8, 45))
    assert keynote.starts.tzinfo is dt.UTC
    assert keynote.room == Room(10, "Main", 0)


def test_publication_hidden_schedule_has_no_times_rooms_or_order(exposed):
    exposed.event.schedule_announced = False
    exposed.event.save()

    publication = publication_of(exposed.endpoint)

    assert publication.schedule_visible is False
    assert [s.id for s in publication.sessions] == [
        "1001",
        "1003",
        "1002",
        LUNCH_ID,
        "1004",
        "1005",
    ]
    assert {(s.starts, s.ends, s.room) for s in publication.sessions} == {(None, None, None)}
    assert publication.speaker_by_id[BOB_ID].session_ids == ("1002", "1004")


def test_publication_service_session_has_no_status(exposed):
    lunch = session(publication_of(exposed.endpoint), LUNCH_ID)

    assert (lunch.status, lunch.is_informed, lunch.is_confirmed) == (None, False, False)


def test_publication_holds_only_exposed_custom_fields(conference):
    conference.endpoint.exposed_categories.set([conference.track])

    publication = publication_of(conference.endpoint)

    assert [c.title for c in publication.categories] == ["Track"]
    assert publication.questions == ()
    talk_a = session(publication, "1002")
    assert (talk_a.items, talk_a.answers) == ((Item(102, "Data", 0, 100),), ())
    assert publication.speaker_by_id[ADA_ID].items == ()


def test_publication_answers_and_links_in_stored_order(exposed):
    publication = publication_of(exposed.endpoint)

    assert session(publication, "1001").answers == (Answer(500, "KN"),)
    assert publication.speaker_by_id[ADA_ID].links == (
        Link("X (Twitter)", "https://x/ada", "Twitter"),
        Link("GitHub", "https://gh/ada", "Other"),
    )


def test_publication_without_links_has_none(exposed):
    exposed.endpoint.speaker_links = False
    exposed.endpoint.save()

    publication = publication_of(exposed.endpoint)

    assert {speaker.links for speaker in publication.speakers} == {()}


def test_publication_groups_by_exposed_session_category_only(conference):
    conference.endpoint.group_by = conference.track
    conference.endpoint.save()
    assert publication_of(conference.endpoint).group_by is None

    conference.endpoint.exposed_categories.set([conference.track])

    assert publication_of(conference.endpoint).group_by.title == "Track"


def test_publication_same_program_gives_equal_hashable_records(exposed):
    one, other = publication_of(exposed.endpoint), publication_of(exposed.endpoint)

    assert one == other
    assert hash(one) == hash(other)


def test_publication_change_shows_in_that_record_and_field(exposed):
    before = publication_of(exposed.endpoint)
    exposed.lunch.title = "Long lunch"
    exposed.lunch.save()

    after = publication_of(exposed.endpoint)

    changed = {
        (old.id, field.name)
        for old, new in zip(before.sessions, after.sessions, strict=True)
        for field in dataclasses.fields(old)
        if getattr(old, field.name) != getattr(new, field.name)
    }
    assert changed == {(LUNCH_ID, "title")}
    assert before.speakers == after.speakers
