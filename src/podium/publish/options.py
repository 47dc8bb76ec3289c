"""An endpoint's publishing options, read once per request."""

from dataclasses import dataclass

from podium.publish.models import Endpoint, IncludeSessions


@dataclass(frozen=True, slots=True)
class EndpointOptions:
    """What one endpoint publishes; ids are database keys of categories and questions."""

    exposed_category_ids: frozenset[int] = frozenset()
    exposed_question_ids: frozenset[int] = frozenset()
    include_uninformed: bool = False
    service_sessions: bool = True
    speaker_links: bool = True
    group_by: int | None = None
    utc_times: bool = False
    show_schedule: bool = False

    @classmethod
    def from_endpoint(cls, endpoint: Endpoint) -> "EndpointOptions":
        """Two queries: the exposed categories and the exposed questions."""
        categories = Endpoint.exposed_categories.through.objects.filter(endpoint_id=endpoint.pk)
        questions = Endpoint.exposed_questions.through.objects.filter(endpoint_id=endpoint.pk)
        return cls(
            exposed_category_ids=frozenset(categories.values_list("category_id", flat=True)),
            exposed_question_ids=frozenset(questions.values_list("question_id", flat=True)),
            include_uninformed=endpoint.include_sessions == IncludeSessions.ACCEPTED,
            service_sessions=endpoint.service_sessions,
            speaker_links=endpoint.speaker_links,
            group_by=endpoint.group_by_id,
            utc_times=endpoint.utc_times,
            show_schedule=endpoint.show_schedule,
        )
