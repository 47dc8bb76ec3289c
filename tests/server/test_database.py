"""prepare_database: what `podium serve` does to the database before serving."""

import os
import subprocess
import sys

import pytest

from podium.program.models import Event
from podium.server.database import database_is_new, prepare_database

# Runs in a child process so the database really is brand new (no tables at all).
FIRST_START = """
import django
from podium.paths import prepare_data_dir
prepare_data_dir()
django.setup()
from podium.server.database import prepare_database
from podium.program.models import Event
from podium.publish.models.endpoint import Endpoint
event = prepare_database(load_demo_if_new={load})
print(event.slug if event else None)
print(Event.objects.count(), sorted(Endpoint.objects.values_list("id", flat=True)))
event = prepare_database(load_demo_if_new={load})
print(event.slug if event else None)
"""


def first_start(tmp_path, *, load: bool) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODIUM_")}
    env.update(PODIUM_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="podium.settings")
    done = subprocess.run(
        [sys.executable, "-c", FIRST_START.format(load=load)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_prepare_database_loads_demo_when_database_is_new(tmp_path):
    lines = first_start(tmp_path, load=True)

    assert lines == ["demo", "1 ['demoembed', 'demoical', 'demojson', 'demoxml0']", "None"]
    assert (tmp_path / "podium.sqlite3").exists()


def test_prepare_database_skips_demo_when_told_to(tmp_path):
    lines = first_start(tmp_path, load=False)

    assert lines == ["None", "0 []", "None"]


@pytest.mark.django_db
def test_prepare_database_leaves_a_migrated_database_alone():
    assert database_is_new() is False

    assert prepare_database() is None
    assert Event.objects.count() == 0
