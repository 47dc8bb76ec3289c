"""A view costs the same number of SQL queries whatever the size of the event."""

import datetime as dt

import pytest

from podium.publish.builders import BUILDERS, build_view
from podium.publish.models import Endpoint
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
    SpeakerItemFactory,
    SpeakerLinkFactory,
)

pytestmark = pytest.mark.django_db

# A whole publication: exposed ids (2), the endpoint's event (1), rooms, categories
# with items, questions, sessions, session speakers, speakers, links, session items,
# session answers, speaker items, speaker answers (11).
QUERIES = 14
# Each view reads only the parts of the program it shows (builders.READS).
VIEW_QUERIES = {
    "All": QUERIES,
    # No speaker links, items or answers.
    "Sessions": QUERIES - 3,
    "GridSmart": QUERIES - 3,
    # No session items or answers.
    "Speakers": QUERIES - 2,
    # The endpoint's event and its speakers.
    "SpeakerWall": 2,
}


def endpoint_for_event_of(size: int) -> Endpoint:
    event = EventFactory()
    rooms = [RoomFactory(event=event) for _ in range(3)]
    category = CategoryFactory(event=event)
    items = [CategoryItemFactory(category=category) for _ in range(3)]
    speaker_category = CategoryFactory(event=event, type="speaker")
    speaker_item = CategoryItemFactory(category=speaker_category)
    question = QuestionFactory(event=event)
    speaker_question = QuestionFactory(event=event, target="speaker")
    start = dt.datetime(2026, 10, 3, 8, tzinfo=dt.UTC)
    for n in range(size):
        session = SessionFactory(
            event=event, room=rooms[n % 3], starts_at=start + dt.timedelta(days=n % 2, hours=n)
        )
        link = SessionSpeakerFactory(session=session)
        SessionItemFactory(session=session, item=items[n % 3])
        SessionAnswerFactory(session=session, question=question)
        SpeakerLinkFactory(speaker=link.speaker)
        SpeakerItemFactory(speaker=link.speaker, item=speaker_item)
        SpeakerAnswerFactory(speaker=link.speaker, question=speaker_question)
    SessionFactory(event=event, is_service_session=True, room=rooms[0], starts_at=start)
    endpoint = EndpointFactory(event=event, group_by=category)
    endpoint.exposed_categories.set([category, speaker_category])
    endpoint.exposed_questions.set([question, speaker_question])
    return Endpoint.objects.get(pk=endpoint.pk)


@pytest.mark.parametrize("view", sorted(BUILDERS))
@pytest.mark.parametrize("size", [3, 30])
def test_build_view_query_count_constant_for_any_size(view, size, django_assert_num_queries):
    endpoint = endpoint_for_event_of(size)
    with django_assert_num_queries(VIEW_QUERIES[view]):
        data = build_view(endpoint, view)
    assert data
