"""render_endpoint_view and the renderer registry."""

import orjson
import pytest

from podium.publish.builders import VIEWS, build_view
from podium.publish.models import Format
from podium.publish.records import PublishedEvent, publication_of
from podium.publish.render import (
    CANONICAL_VIEWS,
    Rendered,
    ViewNotFound,
    canonical_view,
    render_endpoint_view,
)
from podium.publish.renderers import RENDERERS

pytestmark = pytest.mark.django_db


def test_canonical_views_in_wire_order():
    assert CANONICAL_VIEWS == ("All", "Sessions", "Speakers", "GridSmart", "SpeakerWall")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("all", "All"),
        ("SESSIONS", "Sessions"),
        ("GridTable", "GridSmart"),
        ("speakerwall", "SpeakerWall"),
    ],
)
def test_canonical_view_any_case_or_alias(name, expected):
    assert canonical_view(name) == expected


def test_canonical_view_unknown_raises():
    with pytest.raises(ViewNotFound):
        canonical_view("Grid")


def test_renderers_cover_every_endpoint_format():
    assert sorted(RENDERERS) == sorted(Format.values)
    assert all(RENDERERS[name].format == name for name in RENDERERS)


def test_json_renderer_answers_every_view():
    renderer = RENDERERS["json"]
    assert renderer.format == "json"
    assert renderer.content_type == "application/json; charset=utf-8"
    assert renderer.views == frozenset(VIEWS.values())


@pytest.mark.parametrize("view", CANONICAL_VIEWS)
def test_render_endpoint_view_json_is_builder_data(endpoint, view):
    rendered = render_endpoint_view(endpoint, view)
    assert rendered == Rendered(
        body=orjson.dumps(build_view(endpoint, view)),
        content_type="application/json; charset=utf-8",
    )


def test_publication_of_endpoint_reads_event_and_utc_option(endpoint):
    endpoint.utc_times = True
    endpoint.save()
    publication = publication_of(endpoint)
    assert publication.event == PublishedEvent(
        slug="conf", name="Conf 2026", time_zone="Europe/London"
    )
    assert publication.utc_times is True
