"""The durable task queue (podium/server/tasks.py): queueing, delays, dead workers."""

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from tests.conftest import run_due_tasks

CALLS: list[str] = []


@task()
def remember(word: str) -> None:
    CALLS.append(word)


@pytest.fixture(autouse=True)
def no_calls():
    CALLS.clear()


def test_tasks_immediate_backend_runs_the_task_inside_enqueue(db):
    result = remember.enqueue("now")

    assert (CALLS, result.status) == (["now"], TaskResultStatus.SUCCESSFUL)


def test_tasks_immediate_backend_runs_a_delayed_task_at_once(db):
    later = timezone.now() + timedelta(hours=1)

    remember.using(run_after=later).enqueue("later")

    assert CALLS == ["later"]


def test_tasks_database_backend_queues_until_a_worker_runs(db, database_tasks):
    result = remember.enqueue("queued")
    queued = list(CALLS)

    run_due_tasks()

    assert (queued, CALLS) == ([], ["queued"])
    assert DBTaskResult.objects.get(id=result.id).status == TaskResultStatus.SUCCESSFUL


def test_tasks_database_backend_runs_each_task_once(db, database_tasks):
    remember.enqueue("once")

    run_due_tasks()
    run_due_tasks()

    assert CALLS == ["once"]


def test_tasks_database_backend_delayed_task_waits_for_its_time(db, database_tasks):
    remember.using(run_after=timezone.now() + timedelta(hours=1)).enqueue("later")

    run_due_tasks()

    assert CALLS == []
    assert DBTaskResult.objects.get().status == TaskResultStatus.READY


def test_tasks_task_of_a_dead_worker_runs_again_when_stale(db, database_tasks, settings):
    settings.TASK_STALE_MINUTES = 10
    result = remember.enqueue("orphan")
    started = timezone.now() - timedelta(minutes=11)
    DBTaskResult.objects.filter(id=result.id).update(
        status=TaskResultStatus.RUNNING, started_at=started
    )

    run_due_tasks()

    assert CALLS == ["orphan"]


def test_tasks_task_of_a_live_worker_is_left_alone(db, database_tasks, settings):
    settings.TASK_STALE_MINUTES = 10
    result = remember.enqueue("busy")
    started = timezone.now() - timedelta(minutes=2)
    DBTaskResult.objects.filter(id=result.id).update(
        status=TaskResultStatus.RUNNING, started_at=started
    )

    run_due_tasks()

    assert CALLS == []


def test_tasks_worker_command_refuses_without_a_queue(db):
    with pytest.raises(CommandError) as caught:
        call_command("worker", "--batch")

    assert str(caught.value) == (
        "PODIUM_TASK_BACKEND is immediate: tasks run where they are queued, "
        "there is no queue to work on"
    )


def test_tasks_worker_command_batch_runs_what_is_due(db, database_tasks):
    remember.enqueue("batch")

    call_command("worker", "--batch", verbosity=0)

    assert CALLS == ["batch"]
