"""The console's "published or why not" equals what every endpoint really serves."""

import itertools
import json

import pytest

from podium.program.models import Session, SessionStatus
from podium.publish.models import Endpoint, IncludeSessions
from podium.publish.visibility import DISABLED, SCHEDULE_HIDDEN, explain, with_conditions
from tests.factories import EventFactory, SessionFactory
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db

ENDPOINT_OPTIONS = [
    {"include_sessions": sessions, "service_sessions": service, "show_schedule": show,
     "enabled": enabled}
    for sessions, service, show, enabled in itertools.product(
        IncludeSessions.values, [True, False], [True, False], [True, False]
    )
]  # fmt: skip


def served(client, endpoint) -> dict[str, bool] | None:
    """Session id -> whether it has its time, as served; None when the endpoint is 404."""
    response = client.get(view_url(endpoint.id, "all"))
    if response.status_code == 404:
        return None
    body = json.loads(
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    return {s["id"]: s["startsAt"] is not None for s in body["sessions"]}


@pytest.mark.parametrize("announced", [True, False])
def test_visibility_every_combination_equals_served_output(client, announced):
    event = EventFactory(slug="combos", schedule_announced=announced)
    for status, informed, service in itertools.product(
        [SessionStatus.ACCEPTED, SessionStatus.DECLINED], [True, False], [True, False]
    ):
        SessionFactory(event=event, status=status, is_informed=informed, is_service_session=service)
    SessionFactory(event=event, room=None, starts_at=None, ends_at=None)  # not placed
    endpoints = [Endpoint.objects.create(event=event, **options) for options in ENDPOINT_OPTIONS]
    sessions = list(with_conditions(Session.objects.filter(event=event)))
    compared = 0
    for endpoint in endpoints:
        output = served(client, endpoint)
        for session in sessions:
            (answer,) = explain(session, event, [endpoint])
            published = output is not None and session.public_id in output
            assert (session.pk, endpoint.pk, answer.published) == (
                session.pk, endpoint.pk, published
            )  # fmt: skip
            if published:
                without_time = session.starts_at is not None and not output[session.public_id]
                assert (SCHEDULE_HIDDEN in answer.reasons) == without_time
            compared += 1
    assert compared == 16 * 9


def test_visibility_reasons_of_declined_uninformed_on_disabled_endpoint():
    event = EventFactory(slug="why")
    SessionFactory(event=event, status=SessionStatus.DECLINED, is_informed=False)
    endpoint = Endpoint.objects.create(event=event, enabled=False, name="Web")
    (session,) = with_conditions(Session.objects.filter(event=event))
    (answer,) = explain(session, event, [endpoint])
    assert answer.reasons == (DISABLED, "not accepted", "speakers not informed")
    assert answer.text == (
        "not published: the endpoint is disabled; not accepted; speakers not informed"
    )
