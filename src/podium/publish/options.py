"""An endpoint's publishing options, read once per request.

``EndpointOptions`` is made from the option table: every option marked ``read`` is an
attribute of the same name. The others are read in the shape the builders want: database
keys of the exposed custom fields and of the grouping category, and whether sessions whose
speakers were not informed are included.
"""

from dataclasses import field, make_dataclass

from podium.publish.models import Endpoint, IncludeSessions
from podium.publish.option_table import OPTIONS

READ = [option for option in OPTIONS if option.read]


def from_endpoint(cls, endpoint: Endpoint):
    """Two queries: the exposed categories and the exposed questions."""
    categories = Endpoint.exposed_categories.through.objects.filter(endpoint_id=endpoint.pk)
    questions = Endpoint.exposed_questions.through.objects.filter(endpoint_id=endpoint.pk)
    return cls(
        exposed_category_ids=frozenset(categories.values_list("category_id", flat=True)),
        exposed_question_ids=frozenset(questions.values_list("question_id", flat=True)),
        **row_options(endpoint),
    )


def inclusion_of(cls, endpoint: Endpoint):
    """No query: every option but the exposed custom fields, which stay empty.

    Enough to know which sessions the endpoint publishes and whether with times.
    """
    return cls(**row_options(endpoint))


def row_options(endpoint: Endpoint) -> dict:
    return {
        "include_uninformed": endpoint.include_sessions == IncludeSessions.ACCEPTED,
        "group_by": endpoint.group_by_id,
        **{option.name: getattr(endpoint, option.name) for option in READ},
    }


EndpointOptions = make_dataclass(
    "EndpointOptions",
    [
        ("exposed_category_ids", frozenset[int], field(default=frozenset())),
        ("exposed_question_ids", frozenset[int], field(default=frozenset())),
        ("include_uninformed", bool, field(default=False)),
        ("group_by", int | None, field(default=None)),
        *[(option.name, type(option.default), field(default=option.default)) for option in READ],
    ],
    namespace={
        "from_endpoint": classmethod(from_endpoint),
        "inclusion_of": classmethod(inclusion_of),
        "__module__": __name__,
    },
    frozen=True,
    slots=True,
)
EndpointOptions.__doc__ = (
    "What one endpoint publishes; ids are database keys of categories and questions."
)
