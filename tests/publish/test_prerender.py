"""Publish on change: after a committed change the first read finds its bytes rendered."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from podium.program.changes import announce, program_changed
from podium.publish.models import Endpoint
from podium.publish.prerender import render_event
from podium.publish.render import render_endpoint_view
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db

# A JSON endpoint: All, Sessions, Speakers, GridSmart, SpeakerWall and two frab files.
JSON_REPRESENTATIONS = 7


def test_render_event_renders_each_representation_once(endpoint):
    assert (render_event(endpoint.event_id), render_event(endpoint.event_id)) == (
        JSON_REPRESENTATIONS,
        0,
    )


def committed_change(event) -> None:
    """What a committed write of the event does (the test's transaction never commits)."""
    event.touch()
    program_changed.send(sender=announce, event_id=event.pk)


def test_prerender_committed_change_first_read_costs_one_query(
    client, endpoint, settings, tmp_path
):
    # With the publish directory the writing process renders at once, whatever the cache.
    settings.PODIUM_PUBLISH_DIR = str(tmp_path)
    committed_change(endpoint.event)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(view_url(endpoint.id, "All"))
    assert (response.status_code, len(queries)) == (200, 1)
    assert response.content == render_endpoint_view(endpoint, "All").body
    assert (tmp_path / "api/v2/confjson01/view/All.json").read_bytes() == response.content


def test_prerender_disabled_endpoint_files_removed(endpoint, settings, tmp_path):
    settings.PODIUM_PUBLISH_DIR = str(tmp_path)
    render_event(endpoint.event_id)
    Endpoint.objects.filter(pk=endpoint.pk).update(enabled=False)
    render_event(endpoint.event_id)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [
        endpoint.event_id.__str__()
    ]


def test_prerender_off_first_read_renders(client, endpoint, settings):
    settings.PODIUM_PRERENDER = False
    committed_change(endpoint.event)
    with CaptureQueriesContext(connection) as queries:
        client.get(view_url(endpoint.id, "All"))
    assert len(queries) > 1


def test_prerender_queued_task_runs_before_the_publication_history(endpoint, database_tasks):
    committed_change(endpoint.event)
    assert [task.task_path for task in DBTaskResult.objects.ready()] == [
        "podium.publish.tasks.publish_event",
        "podium.notify.history.record_publications",
    ]
