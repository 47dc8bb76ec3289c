"""Two ``podium serve`` processes sharing one PostgreSQL database and one Redis.

Runs in the PostgreSQL pass of ``make test``; the SQLite pass has no shared server.
"""

import os

import pytest

from tests.integration.admin import AdminSession
from tests.integration.program import EVENT, view
from tests.servers import get, is_postgres, run_podium

if not is_postgres(os.environ.get("PODIUM_DATABASE_URL", "")):
    pytest.skip(
        "needs PostgreSQL and Redis: runs in the second pass of `make test`",
        allow_module_level=True,
    )

pytestmark = pytest.mark.integration


def test_two_processes_both_answer_healthz(servers):
    assert [get(server.url + "/healthz").status for server in servers] == [200, 200]


def test_two_processes_started_together_both_run_on_the_migrated_database(servers, shared_env):
    result = run_podium(shared_env(), "migrate", "--check")
    assert result.returncode == 0
    assert [server.process.poll() for server in servers] == [None, None]


def test_two_processes_only_one_loaded_the_demo_into_the_new_database(servers):
    loaded = ["loaded the demo event 'demo'" in server.output() for server in servers]
    assert sorted(loaded) == [False, True]


def test_two_processes_see_a_change_made_by_another_process(servers, shared_env):
    url = "/api/v2/seenbyboth1/view/Sessions"
    before = [get(server.url + url).status for server in servers]
    result = run_podium(shared_env(), "endpoint", "create", "demo", "--id", "seenbyboth1")
    assert result.returncode == 0, result.stderr
    assert before == [404, 404]
    assert [get(server.url + url).status for server in servers] == [200, 200]


def test_two_processes_serve_one_body_under_one_etag(servers, published):
    first, second = view(servers[0], "Sessions"), view(servers[1], "Sessions")
    assert (first.status, second.status) == (200, 200)
    assert second.headers["ETag"] == first.headers["ETag"]
    assert second.body == first.body


def test_two_processes_change_through_one_served_by_other(servers, published):
    before = view(servers[1], "Sessions")
    admin = AdminSession(servers[0], published)
    admin.change_room(public_id=1, event=EVENT, name="Renamed through the first")
    after = view(servers[1], "Sessions")
    assert b"Renamed through the first" not in before.body
    assert b"Renamed through the first" in after.body
    assert after.headers["ETag"] != before.headers["ETag"]


def test_two_processes_cache_clear_clears_both(servers, published):
    before = [view(server, "All").headers["ETag"] for server in servers]
    result = run_podium(published, "cache", "clear")
    assert result.returncode == 0, result.stderr
    after = [view(server, "All").headers["ETag"] for server in servers]
    assert before[0] == before[1]
    assert after[0] == after[1]
    assert after[0] != before[0]
