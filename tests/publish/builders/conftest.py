"""A small event that exercises every part of the views, with fixed ids."""

import datetime as dt
from types import SimpleNamespace

import pytest

from tests.factories import (
    CategoryFactory,
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

LUNCH_ID = "6f1c0f4e-8a51-4c0e-9a55-3b0f6b8c2d10"
ADA_ID = "0a0a0a0a-0000-4000-8000-000000000001"
BOB_ID = "0b0b0b0b-0000-4000-8000-000000000002"
CAT_ID = "0c0c0c0c-0000-4000-8000-000000000003"


def utc(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 10, day, hour, minute, tzinfo=dt.UTC)


@pytest.fixture
def conference(db):
    """Europe/London in October 2026 is UTC+1: 08:00Z shows as 09:00."""
    event = EventFactory(slug="conf", name="Conf", time_zone="Europe/London")
    main = RoomFactory(event=event, public_id=10, name="Main", sort=0)
    side = RoomFactory(event=event, public_id=11, name="Side", sort=1)
    RoomFactory(event=event, public_id=12, name="Unused", sort=5)
    track = CategoryFactory(event=event, public_id=100, title="Track", sort=0)
    data = CategoryItemFactory(category=track, public_id=102, name="Data", sort=0)
    web = CategoryItemFactory(category=track, public_id=101, name="Web", sort=1)
    level = CategoryFactory(event=event, public_id=200, title="Level", sort=1)
    beginner = CategoryItemFactory(category=level, public_id=201, name="Beginner", sort=0)
    new = CategoryFactory(event=event, public_id=300, title="New?", type="speaker", sort=2)
    yes = CategoryItemFactory(category=new, public_id=301, name="Yes", sort=0)
    short = QuestionFactory(
        event=event, public_id=500, question="Short title", question_type="Short_Text", sort=5
    )
    pronouns = QuestionFactory(
        event=event, public_id=400, question="Pronouns", target="speaker", sort=1
    )
    ada = SpeakerFactory(
        event=event, public_id=ADA_ID, first_name="Ada", last_name="Lovelace",
        bio="Line one.\r\nLine two.", tag_line="Engineer", profile_picture="https://img/ada.jpg",
        is_top_speaker=True,
    )  # fmt: skip
    bob = SpeakerFactory(
        event=event, public_id=BOB_ID, first_name="Bob", last_name="Ärger ",
        bio=None, tag_line=None, profile_picture=None,
    )  # fmt: skip
    carl = SpeakerFactory(event=event, public_id=CAT_ID, first_name="Carl", last_name="Declined")

    def session(public_id, title, start=None, minutes=45, room=None, **fields):
        end = start + dt.timedelta(minutes=minutes) if start else None
        fields.setdefault("description", f"About {title}.")
        return SessionFactory(
            event=event, public_id=public_id, title=title, starts_at=start, ends_at=end,
            room=room, **fields,
        )  # fmt: skip

    keynote = session("1001", "Keynote", utc(3, 8), room=main, is_plenum_session=True)
    talk_b = session("1003", "Talk B", utc(3, 9), room=main, live_url="https://live/b")
    talk_a = session("1002", "Talk A", utc(3, 9), room=side, recording_url="https://rec/a")
    lunch = session(
        LUNCH_ID, "Lunch", utc(3, 11), 60, room=main, is_service_session=True,
        description=None, is_informed=False, is_confirmed=False,
    )  # fmt: skip
    day_two = session("1004", "Day two", utc(4, 8), room=side)
    later = session("1005", "Later", is_confirmed=False)
    quiet = session("1006", "Quiet", utc(4, 9), room=main, is_informed=False)
    declined = session("1007", "Declined", utc(4, 10), room=main, status="Declined")

    SessionSpeakerFactory(session=keynote, speaker=ada, position=0)
    SessionSpeakerFactory(session=talk_a, speaker=bob, position=0)
    SessionSpeakerFactory(session=talk_a, speaker=ada, position=1)
    SessionSpeakerFactory(session=day_two, speaker=bob, position=0)
    SessionSpeakerFactory(session=quiet, speaker=bob, position=0)
    SessionSpeakerFactory(session=declined, speaker=carl, position=0)
    SessionItemFactory(session=keynote, item=web, position=0)
    SessionItemFactory(session=talk_a, item=beginner, position=0)
    SessionItemFactory(session=talk_a, item=data, position=1)
    SessionItemFactory(session=talk_b, item=data, position=0)
    SessionAnswerFactory(session=keynote, question=short, value="KN")
    SpeakerLinkFactory(
        speaker=ada, position=1, title="GitHub", url="https://gh/ada", link_type="Other"
    )
    SpeakerLinkFactory(
        speaker=ada, position=0, title="X (Twitter)", url="https://x/ada", link_type="Twitter"
    )
    SpeakerItemFactory(speaker=ada, item=yes)
    SpeakerAnswerFactory(speaker=bob, question=pronouns, value="he/him")
    endpoint = EndpointFactory(event=event)
    return SimpleNamespace(
        event=event, endpoint=endpoint, categories=[track, level, new], questions=[short, pronouns],
        track=track, level=level, rooms=[main, side], lunch=lunch, later=later, quiet=quiet,
        speakers=[ada, bob, carl],
    )  # fmt: skip


@pytest.fixture
def exposed(conference):
    """The conference's endpoint with every custom field exposed."""
    conference.endpoint.exposed_categories.set(conference.categories)
    conference.endpoint.exposed_questions.set(conference.questions)
    return conference
