import pytest

from podium.importers.writer import import_sessionize
from podium.program.models import Category, Question
from podium.publish.builders import BUILDERS, READS, VIEWS, build_view
from podium.publish.models import Endpoint
from podium.publish.records import publication_of
from podium.publish.render import render_endpoint_view
from podium.publish.renderers import RENDERERS
from tests.conftest import shared_path
from tests.factories import EndpointFactory

pytestmark = pytest.mark.django_db


def test_views_names_and_alias_map_to_builders():
    assert VIEWS == {
        "all": "All",
        "sessions": "Sessions",
        "speakers": "Speakers",
        "gridsmart": "GridSmart",
        "gridtable": "GridSmart",
        "speakerwall": "SpeakerWall",
    }
    assert set(VIEWS.values()) == set(BUILDERS)


def test_build_view_unknown_view_raises_value_error(conference):
    with pytest.raises(ValueError, match="'Agenda' is not a view"):
        build_view(conference.endpoint, "Agenda")


def test_reads_names_every_view():
    assert set(READS) == set(BUILDERS)


OPTION_CASES = {
    "default": {},
    "accepted sessions": {"include_sessions": "accepted"},
    "no service sessions": {"service_sessions": False},
    "top speakers only": {"top_speakers_only": True},
    "no speaker links": {"speaker_links": False},
}


@pytest.mark.parametrize("view", sorted(BUILDERS))
@pytest.mark.parametrize("options", OPTION_CASES.values(), ids=OPTION_CASES)
def test_view_of_parts_read_equals_view_of_whole_publication(exposed, view, options):
    Endpoint.objects.filter(pk=exposed.endpoint.pk).update(**options)
    endpoint = Endpoint.objects.get(pk=exposed.endpoint.pk)
    whole = BUILDERS[view](publication_of(endpoint))
    assert whole
    assert build_view(endpoint, view) == whole


@pytest.mark.parametrize("view", sorted(BUILDERS))
def test_view_of_parts_read_of_imported_capture_equals_whole_publication(view):
    raw = shared_path("fixtures/sessionize/scottish-summit-2026/All.json").read_bytes()
    event = import_sessionize(raw, slug="scottish", time_zone="Europe/London").event
    endpoint = EndpointFactory(event=event, include_sessions="accepted")
    endpoint.exposed_categories.set(Category.objects.filter(event=event))
    endpoint.exposed_questions.set(Question.objects.filter(event=event))
    whole = BUILDERS[view](publication_of(endpoint))
    assert whole
    assert build_view(endpoint, view) == whole


@pytest.mark.parametrize("view", sorted(BUILDERS))
@pytest.mark.parametrize("format_", ["json", "xml"])
def test_render_of_parts_read_equals_render_of_whole_publication(exposed, view, format_):
    endpoint = exposed.endpoint
    endpoint.format = format_
    endpoint.save()
    whole = RENDERERS[format_].render_for(endpoint, view, publication_of(endpoint))
    assert render_endpoint_view(endpoint, view).body == whole
