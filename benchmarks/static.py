"""podium beside nginx serving the same bytes, alternated in one run (``--parts static``).

Three servers answer the same URLs: ``podium serve`` (its default server, the fast
path in front of Django), nginx serving the files of ``PODIUM_PUBLISH_DIR`` alone (the
physical limit of this machine), and nginx with the configuration of docs/deploy.md in
front of podium. Each kind of request (identity, gzip, brotli, 304 with the server's own
ETag) is measured on each server in turn, round after round, so that drifting machine
load hits all of them alike. Then the first request after a change, over HTTP.
"""

import re
import statistics
import subprocess
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.load import fetch, wrk
from benchmarks.servers import ROOT, SERVERS, Running

NGINX = "/usr/sbin/nginx"
BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
KINDS = {
    "identity": {},
    "gzip": {"Accept-Encoding": "gzip"},
    "brotli": {"Accept-Encoding": "br"},
    "304": {"If-None-Match": None},
}
STATIC_ONLY = """    location /api/v2/ {
        root PUBLISH;
        types { "application/json; charset=utf-8" json; }
        gzip_static on;
        brotli_static on;
        try_files $uri.json =404;
    }
"""


@dataclass
class StaticResults:
    sessions: list[int] = field(default_factory=list)
    # (sessions, connections, kind) -> {server: requests per second}
    rates: dict = field(default_factory=dict)
    first_after_change_ms: dict = field(default_factory=dict)


def shipped_locations() -> str:
    text = (ROOT / "docs" / "deploy.md").read_text()
    pattern = r"<!-- nginx static locations: start -->\n```nginx\n(.*?)```\n"
    return re.search(pattern, text, re.S).group(1)


def nginx_config(base: Path, port: int, locations: str) -> Path:
    temp = "".join(
        f"  {kind}_temp_path {base}/{kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = base / f"nginx-{port}.conf"
    config.write_text(
        f"load_module {BROTLI};\ndaemon off;\nworker_processes 2;\n"
        f"pid {base}/nginx-{port}.pid;\nerror_log {base}/nginx-error.log;\n"
        "events { worker_connections 4096; }\n"
        f"http {{\n  access_log off;\n{temp}"
        f"  server {{\n    listen 127.0.0.1:{port} backlog=4096;\n{locations}  }}\n}}\n"
    )
    return config


def start_nginx(base: Path, port: int, locations: str) -> subprocess.Popen:
    config = nginx_config(base, port, locations)
    process = subprocess.Popen([NGINX, "-c", str(config), "-p", str(base)])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            fetch(port, "/", {})
            return process
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError(f"nginx did not start (see {base}/nginx-error.log)")


def first_after_change_ms(event, url: str) -> float:
    """One change committed, then one GET over HTTP: nothing was rendered ahead."""
    event.touch()
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as answer:
        answer.read()
    return (time.perf_counter() - started) * 1000


def measure_static(events: dict, endpoints: dict, publish: Path, workdir: Path, options, ports):
    """``events``/``endpoints`` by size; ``ports``: podium, static nginx, shipped nginx."""
    podium_port, static_port, shipped_port = ports
    results = StaticResults(sessions=sorted(endpoints))
    server = SERVERS["gunicorn-sync"]
    command = server.command("podium.wsgi:application", podium_port, options.workers)
    with Running(command, podium_port, workdir / "static-podium.log") as podium:
        first = f"/api/v2/{endpoints[min(endpoints)]}/view/All"
        podium.wait_ready(first)
        static = start_nginx(workdir, static_port, STATIC_ONLY.replace("PUBLISH", str(publish)))
        shipped_locations_text = (
            shipped_locations()
            .replace("/var/lib/podium/publish", str(publish))
            .replace("http://127.0.0.1:8000", f"http://127.0.0.1:{podium_port}")
        )
        shipped = start_nginx(workdir, shipped_port, shipped_locations_text)
        servers = {"podium": podium_port, "nginx": static_port, "nginx+podium": shipped_port}
        try:
            for size in results.sessions:
                path = f"/api/v2/{endpoints[size]}/view/All"
                tags = {
                    name: dict((k.lower(), v) for k, v in fetch(port, path, {})[2])["etag"]
                    for name, port in servers.items()
                }
                for connections in (16,):
                    for kind, headers in KINDS.items():
                        rates = {name: [] for name in servers}
                        for name, port in servers.items():  # warm every worker
                            wrk(f"http://127.0.0.1:{port}{path}", 1, fill(headers, tags[name]))
                        for _ in range(options.rounds):
                            for name, port in servers.items():
                                url = f"http://127.0.0.1:{port}{path}"
                                rates[name].append(
                                    wrk(
                                        url, options.seconds, fill(headers, tags[name]), connections
                                    )
                                )
                        results.rates[(size, connections, kind)] = {
                            name: statistics.median(values) for name, values in rates.items()
                        }
                results.first_after_change_ms[size] = first_after_change_ms(
                    events[size], f"http://127.0.0.1:{podium_port}{path}"
                )
        finally:
            for process in (static, shipped):
                process.terminate()
                process.wait(timeout=30)
    return results


def fill(headers: dict, etag: str) -> dict:
    return {name: value or etag for name, value in headers.items()}


def render_static(results: StaticResults, load: str) -> str:
    lines = [
        "### podium beside nginx serving the same bytes",
        "",
        f"Load average before and after: {load}. Requests per second (median of rounds, "
        "wrk -t2, keep-alive), and the ratio to nginx serving the files alone.",
        "",
        "| sessions | connections | request | nginx | podium | podium / nginx "
        "| nginx config + podium | / nginx |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for (size, connections, kind), rates in results.rates.items():
        ceiling = rates["nginx"] or 1
        lines.append(
            f"| {size:,} | {connections} | {kind} | {rates['nginx']:,.0f} "
            f"| {rates['podium']:,.0f} | {rates['podium'] / ceiling:.2f} "
            f"| {rates['nginx+podium']:,.0f} | {rates['nginx+podium'] / ceiling:.2f} |"
        )
    lines += [
        "",
        "First request of All after a committed change, over HTTP, not rendered ahead:",
        "",
    ]
    for size, ms in results.first_after_change_ms.items():
        lines.append(f"- {size:,} sessions: {ms:.0f} ms")
    return "\n".join(lines) + "\n"
