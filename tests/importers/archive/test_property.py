"""Random events survive export -> restore -> export unchanged, and publish the same."""

import datetime as dt
import string

import orjson
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podium.importers.archive import dumps, export_event, restore_event
from podium.program.models.question import QuestionType
from podium.program.models.session import SessionStatus
from podium.program.models.speaker import LinkType
from podium.publish.models import Endpoint
from podium.publish.models.endpoint import Format, IncludeSessions
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
from tests.importers.archive.test_restore import rendered_views

# Any text a column holds: every plane, control characters, but no NUL and no lone
# surrogates (neither can be stored in PostgreSQL or encoded as UTF-8).
CHARACTERS = st.characters(exclude_categories=["Cs"], exclude_characters=["\x00"])
short = st.text(CHARACTERS, max_size=12)
long = st.none() | st.text(CHARACTERS, max_size=60)
sorts = st.integers(-(2**31), 2**31 - 1)
positions = st.integers(0, 3)  # small, so that positions tie
urls = st.text(string.ascii_letters + string.digits + "/-._~%", max_size=20).map(
    lambda path: f"https://example.org/{path}"
)
moments = st.datetimes(
    min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2035, 1, 1), timezones=st.just(dt.UTC)
)
endpoint_ids = st.text(string.ascii_lowercase + string.digits, min_size=8, max_size=12)
durations = st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=1))
ZONES = ["UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham"]


def subset(draw, size: int, max_size: int = 3) -> list[int]:
    if size == 0:
        return []
    return draw(st.lists(st.integers(0, size - 1), unique=True, max_size=max_size))


@st.composite
def events(draw):
    """A random event, created with the factories; returns it."""
    event = EventFactory(
        name=draw(short.filter(str.strip)),
        time_zone=draw(st.sampled_from(ZONES)),
        schedule_announced=draw(st.booleans()),
    )
    rooms = [
        RoomFactory(event=event, name=draw(short), sort=draw(sorts))
        for _ in range(draw(st.integers(0, 3)))
    ]
    categories = [
        CategoryFactory(
            event=event,
            title=draw(short),
            type=draw(st.sampled_from(["session", "speaker"])),
            sort=draw(sorts),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    items = {"session": [], "speaker": []}
    for category in categories:
        for _ in range(draw(st.integers(0, 3))):
            item = CategoryItemFactory(category=category, name=draw(short), sort=draw(sorts))
            items[category.type].append(item)
    questions = {"session": [], "speaker": []}
    for _ in range(draw(st.integers(0, 3))):
        target = draw(st.sampled_from(["session", "speaker"]))
        question = QuestionFactory(
            event=event,
            target=target,
            question=draw(short),
            question_type=draw(st.sampled_from(QuestionType.values)),
            sort=draw(sorts),
        )
        questions[target].append(question)
    speakers = [speaker(draw, event, items, questions) for _ in range(draw(st.integers(0, 4)))]
    for _ in range(draw(st.integers(0, 5))):
        session(draw, event, rooms, speakers, items, questions)
    for endpoint_id in draw(st.lists(endpoint_ids, unique=True, max_size=3)):
        endpoint(draw, event, endpoint_id, categories, questions)
    return event


def custom_fields(draw, owner, kind: str, items, questions, item_factory, answer_factory):
    for index in subset(draw, len(items[kind])):
        item_factory(**{kind: owner}, item=items[kind][index], position=draw(positions))
    for index in subset(draw, len(questions[kind])):
        answer_factory(
            **{kind: owner},
            question=questions[kind][index],
            position=draw(positions),
            value=draw(short),
        )


def speaker(draw, event, items, questions):
    row = SpeakerFactory(
        event=event,
        first_name=draw(short),
        last_name=draw(short),
        bio=draw(long),
        tag_line=draw(st.none() | short),
        profile_picture=draw(st.none() | urls),
        is_top_speaker=draw(st.booleans()),
    )
    for _ in range(draw(st.integers(0, 2))):
        SpeakerLinkFactory(
            speaker=row,
            position=draw(positions),
            title=draw(short),
            url=draw(urls),
            link_type=draw(st.sampled_from(LinkType.values)),
        )
    custom_fields(draw, row, "speaker", items, questions, SpeakerItemFactory, SpeakerAnswerFactory)
    return row


def session(draw, event, rooms, speakers, items, questions):
    start = draw(st.none() | moments)
    end = None if start is None else start + draw(durations)
    row = SessionFactory(
        event=event,
        title=draw(short),
        description=draw(long),
        starts_at=start,
        ends_at=end,
        room=draw(st.none() | st.sampled_from(rooms)) if rooms else None,
        is_service_session=draw(st.booleans()),  # a GUID id, not a number
        is_plenum_session=draw(st.booleans()),
        status=draw(st.sampled_from(SessionStatus.values)),
        is_informed=draw(st.booleans()),
        is_confirmed=draw(st.booleans()),
        live_url=draw(st.none() | urls),
        recording_url=draw(st.none() | urls),
    )
    for index in subset(draw, len(speakers)):
        SessionSpeakerFactory(
            session=row,
            speaker=speakers[index],
            position=draw(positions),
            speaker_position=draw(st.none() | positions),
        )
    custom_fields(draw, row, "session", items, questions, SessionItemFactory, SessionAnswerFactory)


def endpoint(draw, event, endpoint_id: str, categories, questions):
    exposed = [categories[i] for i in subset(draw, len(categories))]
    grouping = [c for c in exposed if c.type == "session"]
    row = EndpointFactory(
        event=event,
        id=endpoint_id,
        name=draw(short),
        format=draw(st.sampled_from(Format.values)),
        enabled=draw(st.booleans()),
        include_sessions=draw(st.sampled_from(IncludeSessions.values)),
        service_sessions=draw(st.booleans()),
        speaker_links=draw(st.booleans()),
        group_by=draw(st.none() | st.sampled_from(grouping)) if grouping else None,
        utc_times=draw(st.booleans()),
        show_schedule=draw(st.booleans()),
    )
    row.exposed_categories.set(exposed)
    every = questions["session"] + questions["speaker"]
    row.exposed_questions.set([every[i] for i in subset(draw, len(every))])


PROPERTY = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@PROPERTY
@given(data=st.data())
def test_archive_export_restore_export_is_identical(db, data):
    with transaction.atomic():
        event = data.draw(events())
        first = export_event(event)
        published = rendered_views(event)
        restore_event(orjson.loads(dumps(first)), slug=event.slug, replace=True)
        assert export_event(event) == first
        assert rendered_views(event) == published
        transaction.set_rollback(True)


@PROPERTY
@given(data=st.data())
def test_archive_restored_into_new_event_differs_only_in_slug_and_endpoint_ids(db, data):
    with transaction.atomic():
        event = data.draw(events())
        first = export_event(event)
        copied = restore_event(first, slug="copy", new_endpoint_ids=True).event
        second = export_event(copied)
        new_ids = [endpoint["id"] for endpoint in second["endpoints"]]
        assert set(new_ids).isdisjoint(e["id"] for e in first["endpoints"])
        first["event"]["slug"] = "copy"
        for endpoint, new_id in zip(first["endpoints"], new_ids, strict=True):
            endpoint["id"] = new_id
        assert second == first
        assert Endpoint.objects.filter(event=copied).count() == len(new_ids)
        transaction.set_rollback(True)
