"""Mirror runs in the durable task queue: each run queues the next one at its due time.

A run is claimed by one conditional UPDATE (due, so move ``next_run_at`` past the run's
longest possible length): of several tasks for one mirror (two processes queued one at
startup, a worker died and its task ran again), only the one that wins the UPDATE runs;
the others end at once. A run that ends (or finds its mirror not due) queues the next
unless one is queued already, so a mirror always has exactly one chain of runs.
"""

import datetime as dt

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django_tasks import TaskResultStatus, task

from podium.importers.mirror.models import Mirror
from podium.importers.mirror.run import run_mirror

# Downloads of the main document and the Speakers view, then the write, at most.
LEASE_DEADLINES = 3


@task()
def mirror_run(mirror_id: int) -> None:
    try:
        mirror = claim(mirror_id)
        if mirror is not None:
            run_mirror(mirror)
    finally:
        schedule(mirror_id)  # whatever happened, the chain goes on


def claim(mirror_id: int) -> Mirror | None:
    """The mirror, when its run is due and this task is the one to run it."""
    now = timezone.now()
    lease = now + dt.timedelta(seconds=settings.PODIUM_IMPORT_URL_DEADLINE * LEASE_DEADLINES)
    due = Q(next_run_at__isnull=True) | Q(next_run_at__lte=now)
    if not Mirror.objects.filter(due, pk=mirror_id).update(next_run_at=lease):
        return None
    return Mirror.objects.select_related("event").filter(pk=mirror_id).first()


def schedule(mirror_id: int) -> None:
    """Queue the mirror's next run at its due time, unless one is queued already."""
    if settings.TASK_BACKEND != "database":
        return  # nothing is queued: a run queued now would run at once, and again
    from django_tasks_db.models import DBTaskResult

    mirror = Mirror.objects.filter(pk=mirror_id).first()
    if mirror is None:
        return
    queued = DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path=mirror_run.module_path
    ).values_list("args_kwargs", flat=True)
    if any(args.get("args") == [mirror_id] for args in queued):
        return
    mirror_run.using(run_after=mirror.next_run_at or timezone.now()).enqueue(mirror_id)


def schedule_all() -> int:
    """Make sure every mirror has its next run queued (``podium serve`` at startup)."""
    ids = list(Mirror.objects.values_list("pk", flat=True))
    for mirror_id in ids:
        schedule(mirror_id)
    return len(ids)
