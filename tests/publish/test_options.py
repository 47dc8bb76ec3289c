import pytest

from podium.publish.models import Endpoint
from podium.publish.options import EndpointOptions
from tests.factories import CategoryFactory, EndpointFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def test_endpoint_options_defaults_publish_no_custom_fields():
    assert EndpointOptions.from_endpoint(EndpointFactory()) == EndpointOptions(
        exposed_category_ids=frozenset(),
        exposed_question_ids=frozenset(),
        include_uninformed=False,
        service_sessions=True,
        speaker_links=True,
        group_by=None,
        utc_times=False,
        show_schedule=False,
    )


def test_endpoint_options_every_option_read(django_assert_num_queries):
    endpoint = EndpointFactory(
        include_sessions="accepted", service_sessions=False, speaker_links=False,
        utc_times=True, show_schedule=True,
    )  # fmt: skip
    category = CategoryFactory(event=endpoint.event)
    CategoryFactory(event=endpoint.event)
    question = QuestionFactory(event=endpoint.event)
    endpoint.group_by = category
    endpoint.save()
    endpoint.exposed_categories.set([category])
    endpoint.exposed_questions.set([question])
    endpoint = Endpoint.objects.get(pk=endpoint.pk)
    with django_assert_num_queries(2):
        options = EndpointOptions.from_endpoint(endpoint)
    assert options == EndpointOptions(
        exposed_category_ids=frozenset({category.pk}),
        exposed_question_ids=frozenset({question.pk}),
        include_uninformed=True,
        service_sessions=False,
        speaker_links=False,
        group_by=category.pk,
        utc_times=True,
        show_schedule=True,
    )
