"""Cold render time in process: no response cache, fresh endpoint, median of runs."""

import gc
import statistics
import time
from dataclasses import dataclass

from django.db import connection
from django.test.utils import CaptureQueriesContext

from podium.publish.models import Endpoint
from podium.publish.render import render_endpoint_view


@dataclass
class Cold:
    view: str
    sessions: int
    median_ms: float
    cpu_ms: float  # median CPU time of this process: less sensitive to a busy machine
    runs: int
    queries: int
    body_bytes: int


def render_once(endpoint_id: str, view: str) -> tuple[float, float, bytes]:
    """Wall and CPU seconds of one render, and its body."""
    # A freshly loaded endpoint, as a request would have: nothing cached on it.
    endpoint = Endpoint.objects.get(pk=endpoint_id)
    gc.collect()
    started, started_cpu = time.perf_counter(), time.process_time()
    body = render_endpoint_view(endpoint, view).body
    return time.perf_counter() - started, time.process_time() - started_cpu, body


def measure(endpoint_id: str, sessions: int, view: str, runs: int, budget_s: float) -> Cold:
    """Count the queries of one render, then time up to ``runs`` renders (min 3)."""
    endpoint = Endpoint.objects.get(pk=endpoint_id)
    with CaptureQueriesContext(connection) as queries:
        body = render_endpoint_view(endpoint, view).body
    times, cpu_times = [], []
    deadline = time.monotonic() + budget_s
    while len(times) < runs and (len(times) < 3 or time.monotonic() < deadline):
        wall, cpu, _ = render_once(endpoint_id, view)
        times.append(wall)
        cpu_times.append(cpu)
    return Cold(
        view,
        sessions,
        statistics.median(times) * 1000,
        statistics.median(cpu_times) * 1000,
        len(times),
        len(queries),
        len(body),
    )
