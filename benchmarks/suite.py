"""The measurements, in order: data, cold renders, throughput, memory."""

import os
import socket
import sys
from pathlib import Path

from benchmarks.cold import measure
from benchmarks.load import KINDS, compare, record
from benchmarks.memory import peak_rss_mib
from benchmarks.report import Results
from benchmarks.request_cost import cpu_ms_per_request
from benchmarks.servers import MINIMAL_APP, PODIUM_APP, SERVERS, Running, default_server
from podium.bench.synthetic import make_endpoint, make_event

VIEWS = ["All", "Sessions", "Speakers", "GridSmart", "SpeakerWall"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PODIUM_PORT, MINIMAL_PORT = free_port(), free_port()


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run_suite(options, sizes: list[int], workdir: Path) -> Results:
    results = Results()
    endpoints = {}
    for size in sizes:
        say(f"generating an event of {size:,} sessions")
        endpoints[size] = make_endpoint(make_event(f"bench-{size}", size), f"bench{size}").id
    parts = options.parts.split(",")
    for size in sizes if "cold" in parts else []:
        for view in VIEWS:
            say(f"cold {view} at {size:,} sessions")
            results.cold.append(measure(endpoints[size], size, view, options.runs, budget_s=30))
    if options.profile and 1000 in endpoints:
        profile_cold_all(endpoints[1000])
    if "cost" in parts:
        say("CPU per cached request, in process")
        results.request_cpu_ms = cpu_ms_per_request(
            f"/api/v2/{endpoints[middle_size(sizes)]}/view/All", KINDS
        )
    servers = [SERVERS[name] for name in options.servers.split(",") if name]
    # The targets are about what `podium serve` runs by default.
    results.main_server = default_server()
    middle = middle_size(sizes)
    results.throughput_sessions = middle
    path = f"/api/v2/{endpoints[middle]}/view/All"
    for server in servers if "throughput" in parts else []:
        say(f"throughput under {server.name}")
        results.throughput[server.name] = throughput(server, path, options, workdir)
    if "static" in parts:
        results.static = static_part(options, workdir)
    largest = max(sizes)
    results.rss_sessions = largest
    for server in servers if "memory" in parts else []:
        say(f"peak memory under {server.name} at {largest:,} sessions")
        log = workdir / f"{server.name}-rss.log"
        results.peak_rss[server.name] = peak_rss_mib(
            server, PODIUM_PORT, endpoints[largest], VIEWS, log
        )
    return results


def static_part(options, workdir: Path):
    """podium beside nginx at 60 and 1,000 sessions (benchmarks/static.py)."""
    from django.conf import settings

    from benchmarks.static import measure_static

    publish = workdir / "publish"
    # nginx's workers run as another user: they must reach the files.
    workdir.chmod(0o755)
    settings.PODIUM_PUBLISH_DIR = str(publish)
    settings.PODIUM_PRERENDER = True
    events, endpoints = {}, {}
    for size in (60, 1000):
        say(f"publishing an event of {size:,} sessions to {publish}")
        events[size] = make_event(f"static-{size}", size)
        endpoints[size] = make_endpoint(events[size], f"static{size}").id
    settings.PODIUM_PUBLISH_DIR = ""
    settings.PODIUM_PRERENDER = False
    for directory in [publish, *publish.rglob("*")]:
        directory.chmod(0o755 if directory.is_dir() else 0o644)
    say("podium beside nginx, alternated")
    return measure_static(events, endpoints, publish, workdir, options, free_port)


def middle_size(sizes: list[int]) -> int:
    """The event whose All view the request measurements use."""
    return 1000 if 1000 in sizes else sizes[0]


def throughput(server, path: str, options, workdir: Path):
    """Podium and the minimal app under ``server``, both running, measured in turn."""
    log = workdir / f"{server.name}.log"
    replay = workdir / f"replay-{server.name}"
    command = server.command(PODIUM_APP, PODIUM_PORT, options.workers)
    with Running(command, PODIUM_PORT, log) as podium:
        podium.wait_ready(path)
        etag = record(PODIUM_PORT, path, replay)
        os.environ["PODIUM_BENCH_REPLAY"] = str(replay)
        command = server.command(MINIMAL_APP, MINIMAL_PORT, options.workers)
        with Running(command, MINIMAL_PORT, log) as minimal:
            minimal.wait_ready(path)
            return compare(podium, minimal, path, etag, options.rounds, options.seconds)


def profile_cold_all(endpoint_id: str) -> None:
    """Print where a cold render of All spends its time (pyinstrument)."""
    from pyinstrument import Profiler

    from benchmarks.cold import render_once

    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(5):
            render_once(endpoint_id, "All")
    print(profiler.output_text(unicode=False, color=False, show_all=False), file=sys.stderr)
