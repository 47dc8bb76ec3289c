"""consistent_read: a commit by another process does not show in the middle of a read.

The reader and the writer are real ``podium`` processes on a database of their own
(SQLite file or new PostgreSQL database, whichever this test run uses).
"""

import os
from contextlib import nullcontext

import pytest

from tests.servers import dedicated_database, is_postgres, podium_env, run_podium

WRITE = (
    "from podium.program.models import Event; "
    "import uuid; Event.objects.create(slug=uuid.uuid4().hex, name='Written')"
)
# Counts events, lets another process commit one, counts again, then after the read.
READ = f"""
import subprocess, sys
from podium.program.models import Event
from podium.program.snapshot import consistent_read
{{opening}}
    before = Event.objects.count()
    command = [sys.executable, "-m", "podium", "shell", "--no-imports", "-c", {WRITE!r}]
    subprocess.run(command, check=True)
    during = Event.objects.count()
print(before, during, Event.objects.count())
"""


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("data")
    base = os.environ.get("PODIUM_DATABASE_URL", "")
    with dedicated_database(base) if is_postgres(base) else nullcontext("") as url:
        env = podium_env(data_dir, url)
        assert run_podium(env, "migrate", "--verbosity", "0").returncode == 0
        yield env


def new_events_seen(env, opening: str) -> list[int]:
    """Events the read saw appear: in its second query, and after it."""
    result = run_podium(env, "shell", "--no-imports", "-c", READ.format(opening=opening))
    assert result.returncode == 0, result.stderr
    before, during, after = map(int, result.stdout.split())
    return [during - before, after - before]


def test_consistent_read_does_not_see_commit_made_during_it(env):
    assert new_events_seen(env, "with consistent_read():") == [0, 1]


def test_autocommit_reads_see_commit_made_between_them(env):
    # Why consistent_read exists: without it the second query already sees the write.
    assert new_events_seen(env, "if True:") == [1, 1]
