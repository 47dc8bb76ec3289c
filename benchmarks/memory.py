"""Peak RSS of one worker after serving every view of a large event."""

import urllib.request

from benchmarks.servers import PODIUM_APP, Running, Server, status_kib


def peak_rss_mib(server: Server, port: int, endpoint_id: str, views, log) -> float:
    """Start ``server`` with one worker, request each view (plain and gzip), read VmHWM."""
    with Running(server.command(PODIUM_APP, port, workers=1), port, log) as running:
        running.wait_ready("/healthz")
        for view in views:
            for headers in ({}, {"Accept-Encoding": "gzip"}):
                request = urllib.request.Request(
                    running.url(f"/api/v2/{endpoint_id}/view/{view}"), headers=headers
                )
                with urllib.request.urlopen(request, timeout=300) as answer:
                    answer.read()
        workers = running.descendants()
        if not workers:
            raise RuntimeError(f"{server.name}: no worker process found")
        return max(status_kib(pid, "VmHWM") for pid in workers) / 1024
