import datetime as dt

import pytest

from tests.factories import (
    CategoryItemFactory,
    EndpointFactory,
    EventFactory,
    QuestionFactory,
    RoomFactory,
    SessionAnswerFactory,
    SessionFactory,
    SessionItemFactory,
    SessionSpeakerFactory,
    SpeakerAnswerFactory,
    SpeakerFactory,
    SpeakerItemFactory,
    SpeakerLinkFactory,
)

START = dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def small_event(db):
    """One of everything, with the parts a rendering of All leaves out: a declined
    session, an unpublished endpoint option, positions that tie."""
    event = EventFactory(
        slug="conf", name="Conf 2026", time_zone="Europe/Berlin", schedule_announced=False
    )
    room = RoomFactory(event=event, public_id=7, name="Hall", sort=2)
    track = CategoryItemFactory(
        category__event=event,
        category__public_id=3,
        category__title="Track",
        category__sort=0,
        public_id=31,
        name="Web",
        sort=1,
    )
    expertise = CategoryItemFactory(
        category__event=event,
        category__public_id=4,
        category__title="Expertise",
        category__type="speaker",
        category__sort=1,
        public_id=41,
        name="Expert",
        sort=0,
    )
    question = QuestionFactory(
        event=event, public_id=5, question="Slides?", question_type="Web_address", sort=0
    )
    speaker_question = QuestionFactory(
        event=event, public_id=6, question="Pronouns", target="speaker", sort=1
    )
    ada = SpeakerFactory(
        event=event,
        public_id="a-1",
        first_name="Ada",
        last_name="L",
        bio=None,
        tag_line="Engineer",
        profile_picture="https://img.example/ada.png",
        is_top_speaker=True,
    )
    accepted = SessionFactory(
        event=event,
        public_id="101",
        title="Talk",
        description="Line\r\nTwo",
        room=room,
        starts_at=START,
        ends_at=START + dt.timedelta(minutes=45, microseconds=5),
        is_plenum_session=True,
        is_informed=False,
        is_confirmed=True,
        live_url="https://live.example/1",
        recording_url=None,
    )
    declined = SessionFactory(
        event=event,
        public_id="102",
        title="Rejected idea",
        description=None,
        room=None,
        starts_at=None,
        ends_at=None,
        status="Declined",
        is_informed=True,
        is_confirmed=False,
    )
    SessionSpeakerFactory(session=accepted, speaker=ada, position=0, speaker_position=1)
    SessionSpeakerFactory(session=declined, speaker=ada, position=0, speaker_position=None)
    SessionItemFactory(session=accepted, item=track, position=3)
    SessionAnswerFactory(session=accepted, question=question, position=0, value="https://s.example")
    SpeakerLinkFactory(
        speaker=ada, position=0, title="Blog", url="https://ada.example", link_type="Blog"
    )
    SpeakerLinkFactory(
        speaker=ada, position=0, title="Code", url="https://code.example", link_type="Other"
    )
    SpeakerItemFactory(speaker=ada, item=expertise, position=0)
    SpeakerAnswerFactory(speaker=ada, question=speaker_question, position=0, value="she/her")
    endpoint = EndpointFactory(
        event=event,
        id="conf0json01",
        name="App",
        format="xml",
        enabled=False,
        include_sessions="accepted",
        service_sessions=False,
        speaker_links=False,
        group_by=track.category,
        utc_times=True,
        show_schedule=True,
    )
    endpoint.exposed_categories.set([track.category, expertise.category])
    endpoint.exposed_questions.set([question])
    return event
