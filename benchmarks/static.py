"""podium beside nginx serving the same bytes, alternated in one run (``--parts static``).

The same URLs are answered by: nginx serving the files of ``PODIUM_PUBLISH_DIR`` alone
(the physical limit of this machine), ``podium serve`` (its default server, the fast
path in front of Django) on SQLite, nginx with the configuration of docs/deploy.md in
front of podium, ``podium serve`` on PostgreSQL with Redis, and any other server named
by ``--servers``. Each kind of request (identity, gzip, brotli, 304 with the server's
own ETag) is measured on each in turn, round after round, so that drifting machine load
hits all of them alike. Then what follows a committed change, over HTTP.
"""

import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import postgres
from benchmarks.change import ChangeTimes, measure_changes
from benchmarks.load import fetch, wrk
from benchmarks.nginx import SHIPPED, STATIC_ONLY, Nginx
from benchmarks.servers import Running, serve_command

KINDS = {
    "identity": {},
    "gzip": {"Accept-Encoding": "gzip"},
    "brotli": {"Accept-Encoding": "br"},
    "304": {"If-None-Match": None},
}
NGINX, PODIUM, SHIPPED_NGINX, POSTGRES = "nginx", "podium", "nginx config", "podium PG+Redis"
# Connection counts measured by every server, and those only the nginx setups face
# (a server with a worker per connection is not meant to hold a thousand).
MANY = 1000


@dataclass
class StaticResults:
    sessions: list[int] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    default_server: str = ""
    # (sessions, connections, kind) -> {column: requests per second}
    rates: dict = field(default_factory=dict)
    changes: ChangeTimes | None = None
    postgres_skipped: str = ""


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def measure_static(events: dict, endpoints: dict, publish: Path, workdir: Path, options, ports):
    """``events``/``endpoints`` by size; ``ports``: a function giving a free port."""
    from benchmarks.servers import default_server

    results = StaticResults(sessions=sorted(endpoints), default_server=default_server())
    first = f"/api/v2/{endpoints[min(endpoints)]}/view/All"
    started: dict[str, Running] = {}
    nginxes: list[Nginx] = []
    servers: dict[str, int] = {}
    try:
        static = Nginx(workdir, ports(), STATIC_ONLY.replace("PUBLISH", str(publish)))
        nginxes.append(static)
        servers[NGINX] = static.port
        port = ports()
        started[PODIUM] = Running(
            serve_command(port, options.workers), port, log(workdir, "sqlite")
        )
        servers[PODIUM] = port
        shipped = Nginx(workdir, ports(), SHIPPED(publish, port))
        nginxes.append(shipped)
        servers[SHIPPED_NGINX] = shipped.port
        problem = postgres.unreachable() if "postgres" not in options.skip else "skipped"
        if problem is None:
            say("the same events on PostgreSQL with Redis")
            postgres.fill(endpoints)
            port = ports()
            env = postgres.environment({})
            command = serve_command(port, options.workers)
            started[POSTGRES] = Running(command, port, log(workdir, "postgres"), env=env)
            servers[POSTGRES] = port
        else:
            results.postgres_skipped = problem
        for name in options.servers.split(","):
            if name and name != results.default_server:
                port = ports()
                command = serve_command(port, options.workers, name)
                started[f"podium {name}"] = Running(command, port, log(workdir, name))
                servers[f"podium {name}"] = port
        for running in started.values():
            running.wait_ready(first, timeout=120)
        results.columns = list(servers)
        for size in results.sessions:
            path = f"/api/v2/{endpoints[size]}/view/All"
            for running in started.values():
                running.wait_ready(path, timeout=300)
            tags = {name: etag_of(port, path) for name, port in servers.items()}
            for connections in connection_counts(options):
                measured = {
                    name: port
                    for name, port in servers.items()
                    if connections < MANY or name in {NGINX, PODIUM, SHIPPED_NGINX}
                }
                for kind, headers in KINDS.items():
                    say(f"{size:,} sessions, {connections} connections, {kind}")
                    results.rates[(size, connections, kind)] = alternate(
                        measured, path, headers, tags, connections, options
                    )
        say("what follows a committed change")
        results.changes = measure_changes(
            events, endpoints, publish, servers[PODIUM], servers[SHIPPED_NGINX]
        )
    finally:
        for running in started.values():
            running.stop()
        for nginx in nginxes:
            nginx.stop()
    return results


def log(workdir: Path, name: str) -> Path:
    return workdir / f"static-podium-{name}.log"


def connection_counts(options) -> list[int]:
    return [int(count) for count in options.connections.split(",") if count]


def etag_of(port: int, path: str) -> str:
    return dict((k.lower(), v) for k, v in fetch(port, path, {})[2])["etag"]


def alternate(servers: dict, path: str, headers: dict, tags: dict, connections: int, options):
    """Median requests per second of each server, measured in turn, round after round."""
    rates = {name: [] for name in servers}
    for name, port in servers.items():  # warm every worker
        wrk(f"http://127.0.0.1:{port}{path}", 1, fill(headers, tags[name]), connections)
    for _ in range(options.rounds):
        for name, port in servers.items():
            url = f"http://127.0.0.1:{port}{path}"
            rate = wrk(url, options.seconds, fill(headers, tags[name]), connections)
            rates[name].append(rate)
    return {name: statistics.median(values) for name, values in rates.items()}


def fill(headers: dict, etag: str) -> dict:
    return {name: value or etag for name, value in headers.items()}
