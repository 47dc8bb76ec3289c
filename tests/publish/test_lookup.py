import pytest
from django.forms.models import model_to_dict

from podium.program.models import Event
from podium.publish.lookup import ENDPOINT_FIELDS, EVENT_FIELDS, published_endpoint
from podium.publish.models import Endpoint
from tests.factories import EndpointFactory

pytestmark = pytest.mark.django_db


def field_values(instance, names) -> dict:
    return {name: getattr(instance, name) for name in names}


def test_published_endpoint_equals_orm_lookup_field_for_field():
    created = EndpointFactory(name="Website", utc_times=True)
    expected = Endpoint.objects.select_related("event").get(pk=created.pk)
    found = published_endpoint(created.pk)
    assert field_values(found, ENDPOINT_FIELDS) == field_values(expected, ENDPOINT_FIELDS)
    assert field_values(found.event, EVENT_FIELDS) == field_values(expected.event, EVENT_FIELDS)
    assert model_to_dict(found.event) == model_to_dict(Event.objects.get(pk=created.event_id))


def test_published_endpoint_values_have_python_types():
    found = published_endpoint(EndpointFactory(utc_times=True).pk)
    assert (found.utc_times, found.show_schedule, found.event.schedule_announced) == (
        True,
        False,
        True,
    )
    assert found.created_at.utcoffset() is not None


def test_published_endpoint_is_one_query(django_assert_num_queries):
    created = EndpointFactory()
    with django_assert_num_queries(1):
        found = published_endpoint(created.pk)
        assert found.event.time_zone == created.event.time_zone


def test_published_endpoint_unknown_id_is_none():
    assert published_endpoint("nosuchid0000") is None


def test_published_endpoint_disabled_is_none():
    assert published_endpoint(EndpointFactory(enabled=False).pk) is None
