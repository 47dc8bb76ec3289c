"""startup_lock: held inside its block, for every process using the database."""

import fcntl

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from podium.server.startup import ADVISORY_LOCK_ID, startup_lock

pytestmark = pytest.mark.django_db


def lock_taken_elsewhere() -> bool:
    """Whether another process (here: another connection or file handle) is kept out."""
    if connection.vendor == "postgresql":
        params = connection.get_connection_params()
        params.pop("cursor_factory", None)
        with psycopg.connect(**params, autocommit=True) as other:
            got = other.execute("SELECT pg_try_advisory_lock(%s)", [ADVISORY_LOCK_ID]).fetchone()[0]
            if got:
                other.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_ID])
            return not got
    with open(settings.DATA_DIR / "startup.lock", "w") as other:
        try:
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(other, fcntl.LOCK_UN)
        return False


@pytest.fixture(autouse=True)
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path


def test_startup_lock_keeps_others_out_inside_block():
    with startup_lock():
        assert lock_taken_elsewhere() is True


def test_startup_lock_released_after_block():
    with startup_lock():
        pass
    assert lock_taken_elsewhere() is False
