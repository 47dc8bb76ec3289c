"""Podium's durable task queue: work that follows a change but not the request.

Tasks are plain functions declared with ``django_tasks`` (the backport of Django 6's
tasks framework) and queued in podium's own database by ``django_tasks_db``::

    from django_tasks import task

    @task()
    def record_publication(endpoint_id: str) -> None: ...

    record_publication.enqueue("myconf")
    retry.using(run_after=timezone.now() + timedelta(minutes=5)).enqueue(delivery_id)

A queued task is a row, written in the transaction that queues it: it survives a
restart, and a task whose transaction rolls back was never queued. ``podium serve``
starts the workers that run them (podium/server/task_workers.py); ``podium worker`` runs
one on its own. Workers claim a task inside a transaction that locks its row
(``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL, an exclusive transaction on
SQLite), so several processes, on one machine or many, never run a task twice. A worker
killed in the middle of a task leaves it marked running: after
``PODIUM_TASK_STALE_MINUTES`` any worker queues it again.

Under the test suite ``PODIUM_TASK_BACKEND=immediate`` (pyproject.toml): a task runs
at once, inside ``enqueue``, so a test sees its effect without a worker. A test about
the queue itself (delays, retries, durability) opts into the database backend with the
``database_tasks`` fixture of tests/conftest.py and runs due tasks as a worker would.
"""

import logging
import os
import signal
import socket
import threading
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.backends.immediate import ImmediateBackend as LibraryImmediateBackend
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("podium.tasks")
# How often a worker looks for tasks of dead workers.
STALE_CHECK_SECONDS = 60


class ImmediateBackend(LibraryImmediateBackend):
    """Runs each task inside ``enqueue``; a delayed task (``run_after``) runs at once too.

    The library's immediate backend refuses delays, so code written for the durable
    queue (retries with backoff) could not run under it at all.
    """

    supports_defer = True


def requeue_stale_tasks() -> int:
    """Queue again the tasks marked running for longer than any live worker runs one."""
    cutoff = timezone.now() - timedelta(minutes=settings.TASK_STALE_MINUTES)
    count = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=cutoff
    ).update(status=TaskResultStatus.READY, started_at=None)
    if count:
        logger.warning("Queued %d task(s) of a worker that stopped mid-task again", count)
    return count


class PodiumWorker(Worker):
    """The database backend's worker, with podium's housekeeping.

    It stops (finishing its task first) when the process that started it is gone, so a
    killed ``podium serve`` leaves no worker behind.
    """

    def __init__(self, *, batch: bool = False):
        super().__init__(
            queue_names=["*"],
            interval=settings.TASK_POLL_SECONDS,
            batch=batch,
            backend_name="default",
            startup_delay=not batch,
            max_tasks=None,
            worker_id=f"{socket.gethostname()[:40]}-{os.getpid()}",
            excluded_queue_names=[],
        )
        self.parent = os.getppid()

    def run(self) -> None:
        requeue_stale_tasks()
        if not self.batch:
            threading.Thread(target=self.watch, name="podium-task-watch", daemon=True).start()
        super().run()

    def watch(self) -> None:
        waited = 0
        stop = threading.Event()
        while not stop.wait(settings.TASK_POLL_SECONDS):
            if os.getppid() != self.parent:
                # Orphaned: let the main thread stop as on SIGTERM.
                os.kill(os.getpid(), signal.SIGTERM)
                return
            waited += settings.TASK_POLL_SECONDS
            if waited >= STALE_CHECK_SECONDS:
                waited = 0
                try:
                    requeue_stale_tasks()
                finally:
                    close_old_connections()
