"""Bring the database up to date before serving."""

from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from podium.program.models import Event


def database_is_new() -> bool:
    """True before the first migration: the database holds no podium tables yet."""
    return not MigrationRecorder(connection).has_table()


def pending_migrations() -> int:
    """How many migrations the database still lacks."""
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def prepare_database(*, load_demo_if_new: bool = True) -> Event | None:
    """Apply migrations; on a brand-new database also load the demo event.

    Returns the demo event when it was loaded. A database that was ever migrated never
    gets the demo again by itself (an organizer may have deleted it on purpose).
    """
    new = database_is_new()
    call_command("migrate", interactive=False, verbosity=0)
    if not (new and load_demo_if_new):
        return None
    from podium.demo.loader import load_demo

    return load_demo()
