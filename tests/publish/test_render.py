"""render_endpoint_view and the renderer registry."""

import orjson
import pytest

from podium.publish.builders import VIEWS, build_view
from podium.publish.render import (
    CANONICAL_VIEWS,
    Rendered,
    ViewNotFound,
    canonical_view,
    render_endpoint_view,
)
from podium.publish.renderers import RENDERERS, RenderContext, UnknownFormat, renderer_for

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


def test_json_renderer_answers_every_view():
    renderer = renderer_for("json")
    assert RENDERERS["json"] is renderer
    assert renderer.format == "json"
    assert renderer.content_type == "application/json; charset=utf-8"
    assert renderer.views == frozenset(VIEWS.values())


def test_renderer_for_unknown_format_raises():
    with pytest.raises(UnknownFormat) as error:
        renderer_for("pdf")
    assert str(error.value) == "format 'pdf' has no renderer in this installation"


@pytest.mark.parametrize("view", CANONICAL_VIEWS)
def test_render_endpoint_view_json_is_builder_data(endpoint, view):
    rendered = render_endpoint_view(endpoint, view)
    assert rendered == Rendered(
        body=orjson.dumps(build_view(endpoint, view)),
        content_type="application/json; charset=utf-8",
    )


def test_render_context_for_endpoint_reads_event(endpoint):
    endpoint.utc_times = True
    assert RenderContext.for_endpoint(endpoint) == RenderContext(
        endpoint_id="confjson01",
        event_name="Conf 2026",
        event_slug="conf",
        time_zone="Europe/London",
        utc_times=True,
    )
