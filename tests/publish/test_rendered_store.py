"""The rendered store: bytes the pre-render task writes and every web worker reads.

With the default configuration (SQLite, the in-process cache) the queued pre-render
runs in a task worker, another process: the tests clear this process's cache before
reading, so what answers is the store on disk, or a render.
"""

import gzip
import logging

import brotli
import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from podium.program.changes import announce, program_changed
from podium.publish.http import version_digest
from podium.publish.prerender import render_event
from podium.publish.render import render_endpoint_view
from podium.publish.rendered_store import configured_store, representation_key
from podium.publish.response_bytes import ENCODINGS
from tests.conftest import run_due_tasks
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db

JSON = "application/json; charset=utf-8"


def committed_change(event) -> None:
    """What a committed write of the event does (the test's transaction never commits)."""
    event.touch()
    program_changed.send(sender=announce, event_id=event.pk)


def stored_files(settings) -> list[str]:
    root = settings.RENDERED_DIR
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def all_file(settings, endpoint, encoding: str):
    endpoint.refresh_from_db()
    directory = representation_key(endpoint.id, "view:All", JSON)
    digest = version_digest(endpoint, "view:All", JSON)
    return settings.RENDERED_DIR / directory / f"{digest}.{encoding}"


def test_rendered_store_queued_prerender_then_read_costs_one_query(
    client, endpoint, database_tasks, django_assert_num_queries
):
    committed_change(endpoint.event)
    run_due_tasks()
    cache.clear()
    for encoding in ("identity", "gzip", "br"):
        with django_assert_num_queries(1):  # the endpoint: no program query, no render
            response = client.get(
                view_url(endpoint.id, "All"), headers={"Accept-Encoding": encoding}
            )
        assert response.status_code == 200
        body = {"identity": bytes, "gzip": gzip.decompress, "br": brotli.decompress}[encoding]
        assert body(response.content) == render_endpoint_view(endpoint, "All").body


def test_rendered_store_prerender_stores_the_bytes_a_request_would_make(endpoint, settings):
    """One ETag, one set of bytes per encoding: the task compresses as requests do."""
    render_event(endpoint.event_id)
    plain = render_endpoint_view(endpoint, "All").body
    expected = {
        "identity": plain,
        "gzip": gzip.compress(plain, compresslevel=4, mtime=0),
        "br": brotli.compress(plain, quality=4),
    }
    stored = {name: all_file(settings, endpoint, name).read_bytes() for name in ENCODINGS}
    assert {name: stored[name].split(b"\n", 1)[1] for name in ENCODINGS} == expected


def test_rendered_store_request_render_stores_plain_bytes_only(client, endpoint, settings):
    client.get(view_url(endpoint.id, "All"), headers={"Accept-Encoding": "gzip"})
    assert [all_file(settings, endpoint, name).exists() for name in ENCODINGS] == [
        True,
        False,
        False,
    ]


def test_rendered_store_other_encoding_compresses_stored_plain_bytes(
    client, endpoint, django_assert_num_queries
):
    client.get(view_url(endpoint.id, "All"))
    cache.clear()  # as another web worker would find it
    with django_assert_num_queries(1):
        response = client.get(view_url(endpoint.id, "All"), headers={"Accept-Encoding": "br"})
    assert brotli.decompress(response.content) == render_endpoint_view(endpoint, "All").body


def test_rendered_store_prerender_compresses_what_a_request_rendered(client, endpoint, settings):
    client.get(view_url(endpoint.id, "Sessions"))
    with CaptureQueriesContext(connection) as after_request:
        render_event(endpoint.event_id)
    settings.RENDERED_DIR = settings.RENDERED_DIR / "empty"
    cache.clear()
    with CaptureQueriesContext(connection) as from_nothing:
        render_event(endpoint.event_id)
    with CaptureQueriesContext(connection) as one_render:
        render_endpoint_view(endpoint, "Sessions")
    # Every representation published both times, Sessions rendered only the second time.
    assert len(from_nothing) - len(after_request) == len(one_render)


def test_rendered_store_new_version_removes_the_old_one(endpoint, settings):
    render_event(endpoint.event_id)
    before = stored_files(settings)
    endpoint.event.touch()
    render_event(endpoint.event_id)
    after = stored_files(settings)
    assert (len(after), set(after) & set(before)) == (len(before), set())


def test_rendered_store_total_size_bounded(endpoint, settings):
    render_event(endpoint.event_id)
    sizes = [p.stat().st_size for p in settings.RENDERED_DIR.rglob("*") if p.is_file()]
    settings.PODIUM_RENDERED_MAX_BYTES = sum(sizes) // 2
    endpoint.event.touch()
    render_event(endpoint.event_id)
    stored = [p.stat().st_size for p in settings.RENDERED_DIR.rglob("*") if p.is_file()]
    assert 0 < sum(stored) <= settings.PODIUM_RENDERED_MAX_BYTES


@pytest.mark.parametrize("damage", [b"", b"not a rendered file\n{}", None])
def test_rendered_store_damaged_or_missing_file_renders(client, endpoint, settings, damage):
    render_event(endpoint.event_id)
    cache.clear()
    path = all_file(settings, endpoint, "identity")
    if damage is None:
        path.unlink()
    else:
        path.write_bytes(path.read_bytes()[:-1] if damage == b"" else damage)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(view_url(endpoint.id, "All"))
    assert (response.status_code, len(queries) > 1) == (200, True)
    assert response.content == render_endpoint_view(endpoint, "All").body
    # The render put whole bytes back for the other processes.
    assert path.read_bytes().endswith(response.content)


def test_rendered_store_unwritable_disk_still_serves(client, endpoint, settings, tmp_path, caplog):
    (tmp_path / "file").write_bytes(b"")
    settings.RENDERED_DIR = tmp_path / "file" / "rendered"  # cannot be created
    with caplog.at_level(logging.WARNING, "podium.cache"):
        render_event(endpoint.event_id)
        first = client.get(view_url(endpoint.id, "All"))
        cache.clear()
        second = client.get(view_url(endpoint.id, "Sessions"))
    assert (first.status_code, second.status_code) == (200, 200)
    assert first.content == render_endpoint_view(endpoint, "All").body
    # Logged once each way, not once per request.
    assert [record.getMessage().split(" unreachable")[0] for record in caplog.records] == [
        f"rendered store {settings.RENDERED_DIR} (reading)",
        f"rendered store {settings.RENDERED_DIR} (writing)",
    ]


def test_rendered_store_off_with_ttl_zero(settings):
    settings.PODIUM_CACHE_TTL = 0
    assert configured_store() is None


def test_rendered_store_off_with_zero_bytes_renders(client, endpoint, settings):
    settings.PODIUM_RENDERED_MAX_BYTES = 0
    render_event(endpoint.event_id)
    assert stored_files(settings) == []
