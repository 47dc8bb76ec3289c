"""Migrate-then-fill at start, against the test database."""

import pytest

from podium.server.startup import database_is_new, prepare_database

pytestmark = pytest.mark.django_db


def test_database_is_new_false_once_migrated():
    assert database_is_new() is False


def test_prepare_database_migrated_database_loads_nothing(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    assert prepare_database(demo=True) is None
