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
    runs: int
    queries: int
    body_bytes: int


def render_once(endpoint_id: str, view: str) -> tuple[float, bytes]:
    # A freshly loaded endpoint, as a request would have: nothing cached on it.
    endpoint = Endpoint.objects.get(pk=endpoint_id)
    gc.collect()
    started = time.perf_counter()
    body = render_endpoint_view(endpoint, view).body
    return time.perf_counter() - started, body


def measure(endpoint_id: str, sessions: int, view: str, runs: int, budget_s: float) -> Cold:
    """Count the queries of one render, then time up to ``runs`` renders (min 3)."""
    endpoint = Endpoint.objects.get(pk=endpoint_id)
    with CaptureQueriesContext(connection) as queries:
        body = render_endpoint_view(endpoint, view).body
    times = []
    deadline = time.monotonic() + budget_s
    while len(times) < runs and (len(times) < 3 or time.monotonic() < deadline):
        times.append(render_once(endpoint_id, view)[0])
    return Cold(
        view, sessions, statistics.median(times) * 1000, len(times), len(queries), len(body)
    )
