"""Whether each endpoint of an event publishes a session and, if not, why.

Made only from the pieces that decide publication: the enabled switch of the endpoint
lookup, the inclusion conditions the publishing queries filter on
(``podium.program.queries.inclusion``) and the schedule gate of ``build_publication``.
The database evaluates each condition for each session (``with_conditions``), so a
list of sessions costs no more queries than the list itself.
"""

from dataclasses import dataclass

from django.db.models import BooleanField, ExpressionWrapper

from podium.program.queries.inclusion import CONDITIONS, applying
from podium.publish.options import EndpointOptions
from podium.publish.records.build import schedule_visible

DISABLED = "the endpoint is disabled"
SCHEDULE_HIDDEN = "without time and room: the schedule is not announced"


def flag(condition) -> str:
    return f"meets_{condition.name}"


def with_conditions(sessions):
    """``sessions`` with one boolean per inclusion condition (``meets_<name>``)."""
    return sessions.annotate(
        **{flag(c): ExpressionWrapper(c.q(), output_field=BooleanField()) for c in CONDITIONS}
    )


@dataclass(frozen=True)
class Visibility:
    endpoint: object
    published: bool
    # Why it is left out; for a published session, what it is published without.
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        state = "published" if self.published else "not published"
        return f"{state}: {'; '.join(self.reasons)}" if self.reasons else state


def explain(session, event, endpoints) -> list[Visibility]:
    """One ``Visibility`` per endpoint for a session loaded through ``with_conditions``."""
    answers = []
    for endpoint in endpoints:
        options = EndpointOptions.inclusion_of(endpoint)
        conditions = applying(
            include_uninformed=options.include_uninformed,
            service_sessions=options.service_sessions,
        )
        failed = tuple(c.reason for c in conditions if not getattr(session, flag(c)))
        if not endpoint.enabled:
            failed = (DISABLED, *failed)
        if failed:
            answers.append(Visibility(endpoint, False, failed))
            continue
        placed = session.starts_at is not None or session.room_id is not None
        hidden = placed and not schedule_visible(event, options)
        answers.append(Visibility(endpoint, True, (SCHEDULE_HIDDEN,) if hidden else ()))
    return answers
