"""Mirror runs in the durable task queue: one chain of runs per mirror, each run once."""

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from podium.importers.mirror.models import Mirror
from podium.importers.mirror.schedule import mirror_run, schedule_all
from tests.conftest import run_due_tasks
from tests.importers.mirror.conftest import BASE
from tests.importers.mirror.test_run import TALK, add, retitle, title

pytestmark = pytest.mark.django_db(transaction=True)


def queued() -> list:
    rows = DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path=mirror_run.module_path
    )
    return list(rows.values_list("run_after", "args_kwargs"))


def time_passes(mirror: Mirror) -> None:
    """As if the interval had passed: the mirror and its queued run are due now."""
    now = timezone.now()
    Mirror.objects.filter(pk=mirror.pk).update(next_run_at=now)
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=now)


def test_mirror_add_queues_the_next_run_at_its_due_time(source, database_tasks):
    mirror = add(source)
    assert queued() == [(mirror.next_run_at, {"args": [mirror.pk], "kwargs": {}})]


def test_queued_run_picks_up_the_change_within_one_interval(source, linz, database_tasks):
    mirror = add(source)
    source.publish(retitle(linz, TALK, "Picked up"))
    time_passes(mirror)
    run_due_tasks()
    mirror.refresh_from_db()
    assert title(TALK) == "Picked up"
    assert mirror.next_run_at == mirror.last_fetch_at + timezone.timedelta(seconds=mirror.every)
    assert queued() == [(mirror.next_run_at, {"args": [mirror.pk], "kwargs": {}})]


def test_two_queued_runs_of_one_mirror_run_it_once(source, database_tasks):
    mirror = add(source)
    mirror_run.enqueue(mirror.pk)  # as if a second process had queued one too
    time_passes(mirror)
    run_due_tasks()
    assert source.requests == [(f"{BASE}view/All", Mirror.objects.get().etag)]
    assert len(queued()) == 1


def test_schedule_all_queues_a_run_for_each_mirror_without_one(source, database_tasks):
    mirror = add(source)
    DBTaskResult.objects.all().delete()
    assert schedule_all() == 1
    schedule_all()
    assert queued() == [(mirror.next_run_at, {"args": [mirror.pk], "kwargs": {}})]


def test_queued_run_of_a_removed_mirror_does_nothing(source, database_tasks):
    mirror = add(source)
    time_passes(mirror)
    mirror.delete()
    run_due_tasks()
    assert (source.requests, queued()) == ([], [])
