"""Which sessions an endpoint publishes, as named conditions with their reasons.

An endpoint publishes a session when it meets every condition its options switch on.
The publishing queries filter on the conjunction (``included``); the console's
"published or why not" checks the very same conditions one by one
(``podium.publish.visibility``), so the explanation and the published data cannot
disagree.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q

from podium.program import models as m


@dataclass(frozen=True)
class Condition:
    name: str
    reason: str  # why a session that fails it is left out
    # Whether the endpoint's options switch it on: (include_uninformed, service_sessions).
    applies: Callable[[bool, bool], bool]
    test: Callable[[str], Q]  # the filter, on ``prefix`` + session fields

    def q(self, prefix: str = "") -> Q:
        return self.test(prefix)


CONDITIONS: tuple[Condition, ...] = (
    Condition(
        "accepted",
        "not accepted",
        lambda include_uninformed, service_sessions: True,
        lambda p: Q(**{f"{p}status": m.SessionStatus.ACCEPTED}),
    ),
    # A service session has no speakers to inform: it never waits for this.
    Condition(
        "informed",
        "speakers not informed",
        lambda include_uninformed, service_sessions: not include_uninformed,
        lambda p: Q(**{f"{p}is_informed": True}) | Q(**{f"{p}is_service_session": True}),
    ),
    Condition(
        "not_service",
        "service sessions are off on this endpoint",
        lambda include_uninformed, service_sessions: not service_sessions,
        lambda p: Q(**{f"{p}is_service_session": False}),
    ),
)


def applying(*, include_uninformed: bool, service_sessions: bool) -> list[Condition]:
    """The conditions an endpoint with these options checks."""
    return [c for c in CONDITIONS if c.applies(include_uninformed, service_sessions)]


def included(prefix: str, *, include_uninformed: bool, service_sessions: bool) -> Q:
    """The sessions an endpoint publishes, as a filter on ``prefix`` + session fields."""
    wanted = Q()
    for condition in applying(
        include_uninformed=include_uninformed, service_sessions=service_sessions
    ):
        wanted &= condition.q(prefix)
    return wanted
