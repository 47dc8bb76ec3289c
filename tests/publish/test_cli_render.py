"""`podium render` writes exactly what HTTP serves."""

import io

import pytest
from django.core.management import CommandError, call_command

from podium.publish.models import Endpoint
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db


def render_bytes(*args) -> tuple[bytes, str]:
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    stderr = io.StringIO()
    call_command("render", *args, stdout=stdout, stderr=stderr)
    stdout.flush()
    return stdout.buffer.getvalue(), stderr.getvalue()


@pytest.mark.parametrize("view", ["All", "Sessions", "Speakers", "GridSmart", "SpeakerWall"])
def test_render_view_equals_http_body(client, endpoint, view):
    body, errors = render_bytes(endpoint.id, view)
    assert body == client.get(view_url(endpoint.id, view)).content
    assert errors == ""


def test_render_alias_any_case_equals_gridsmart(client, endpoint):
    body, _ = render_bytes(endpoint.id, "gridTABLE")
    assert body == client.get(view_url(endpoint.id, "GridSmart")).content


def test_render_text_stream_gets_same_text(client, endpoint):
    out = io.StringIO()
    call_command("render", endpoint.id, "All", stdout=out)
    assert out.getvalue().encode() == client.get(view_url(endpoint.id, "All")).content


def test_render_disabled_endpoint_renders_with_note(endpoint):
    Endpoint.objects.filter(pk=endpoint.pk).update(enabled=False)
    body, errors = render_bytes(endpoint.id, "All")
    assert body != b""
    assert errors == "Note: endpoint confjson01 is disabled; HTTP answers 404.\n"


def test_render_unknown_endpoint_raises(endpoint):
    with pytest.raises(CommandError) as error:
        render_bytes("nosuchid0", "All")
    assert str(error.value) == "no endpoint with id 'nosuchid0'"


def test_render_unknown_view_raises(endpoint):
    with pytest.raises(CommandError) as error:
        render_bytes(endpoint.id, "Rooms")
    assert str(error.value) == (
        "unknown view 'Rooms': use All, Sessions, Speakers, GridSmart (or GridTable), SpeakerWall"
    )


@pytest.mark.parametrize("name", ["frab/schedule.json", "frab/schedule.xml", "FRAB/Schedule.XML"])
def test_render_frab_schedule_equals_http_body(client, endpoint, name):
    body, errors = render_bytes(endpoint.id, name)
    assert body == client.get(f"/api/v2/{endpoint.id}/{name.lower()}").content
    assert errors == ""


def test_render_frab_schedule_without_scheduled_sessions_raises(endpoint):
    endpoint.event.sessions.update(starts_at=None, ends_at=None)
    with pytest.raises(CommandError) as error:
        render_bytes(endpoint.id, "frab/schedule.json")
    assert str(error.value) == (
        "no frab schedule: event 'conf' has no scheduled session to publish"
    )
