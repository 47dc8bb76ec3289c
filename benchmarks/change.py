"""What follows a committed change, over HTTP: how soon readers get the new bytes.

- *rendered in the request*: nothing renders ahead (``PODIUM_PRERENDER`` off in the
  process making the change), so the first request after the change renders itself;
- *pre-rendered*: the change queues the pre-render, the task workers of `podium serve`
  run it, and the first request once the queue is empty is timed;
- *nginx*: with ``PODIUM_PUBLISH_DIR``, from the commit (the process making the change
  writes the files) until nginx in front of podium answers with the new bytes.
"""

import time
import urllib.request
from dataclasses import dataclass, field

from django.conf import settings

from benchmarks.load import fetch

ENCODINGS = {"identity": {}, "gzip": {"Accept-Encoding": "gzip"}}
# The longest the benchmark waits for the queue, or for nginx to see a change.
PATIENCE_S = 60


@dataclass
class ChangeTimes:
    # (sessions, encoding) -> ms
    rendered_in_request_ms: dict = field(default_factory=dict)
    prerendered_ms: dict = field(default_factory=dict)
    # sessions -> ms from the commit to nginx serving the new bytes
    nginx_ms: dict = field(default_factory=dict)


def measure_changes(events, endpoints, publish, podium_port: int, nginx_port: int):
    times = ChangeTimes()
    for size in sorted(endpoints):
        path = f"/api/v2/{endpoints[size]}/view/All"
        for encoding, headers in ENCODINGS.items():
            with prerender(False, publish_dir=None):
                events[size].touch()
            times.rendered_in_request_ms[(size, encoding)] = timed_get(podium_port, path, headers)
        for encoding, headers in ENCODINGS.items():
            with prerender(True, publish_dir=None):
                events[size].touch()
            wait_for_queue()
            times.prerendered_ms[(size, encoding)] = timed_get(podium_port, path, headers)
        before = etag(nginx_port, path)
        started = time.perf_counter()
        with prerender(True, publish_dir=str(publish)):
            events[size].touch()
        deadline = time.monotonic() + PATIENCE_S
        while etag(nginx_port, path) == before and time.monotonic() < deadline:
            time.sleep(0.005)
        times.nginx_ms[size] = (time.perf_counter() - started) * 1000
    return times


class prerender:  # noqa: N801 - used as a context manager, like a function
    """Settings of the benchmark process while it makes one change."""

    def __init__(self, enabled: bool, publish_dir: str | None):
        self.values = {"PODIUM_PRERENDER": enabled, "PODIUM_PUBLISH_DIR": publish_dir or ""}

    def __enter__(self):
        self.saved = {name: getattr(settings, name) for name in self.values}
        for name, value in self.values.items():
            setattr(settings, name, value)

    def __exit__(self, *exc):
        for name, value in self.saved.items():
            setattr(settings, name, value)


def wait_for_queue() -> None:
    """Until no queued task is waiting or running (the pre-render is done)."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    pending = [TaskResultStatus.READY, TaskResultStatus.RUNNING]
    deadline = time.monotonic() + PATIENCE_S
    while DBTaskResult.objects.filter(status__in=pending).exists():
        if time.monotonic() > deadline:
            raise RuntimeError("the task queue did not empty: are the task workers running?")
        time.sleep(0.02)


def timed_get(port: int, path: str, headers: dict) -> float:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as answer:
        answer.read()
    return (time.perf_counter() - started) * 1000


def etag(port: int, path: str) -> str:
    return dict((k.lower(), v) for k, v in fetch(port, path, {})[2]).get("etag", "")
