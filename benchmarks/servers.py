"""The servers measured, and starting, probing and stopping them on loopback."""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]
PODIUM_APP = "podium.wsgi:application"
MINIMAL_APP = "benchmarks.minimal_app:app"
THREADS = 4


@dataclass(frozen=True)
class Server:
    name: str
    label: str

    def command(self, app: str, port: int, workers: int) -> list[str]:
        """The command serving ``app`` on 127.0.0.1:``port``, access log on stderr."""
        if self.name == "granian":
            return [
                str(BIN / "granian"),
                *("--interface", "wsgi", "--host", "127.0.0.1", "--port", str(port)),
                *("--workers", str(workers), "--access-log", "--no-ws", app),
            ]
        threads = THREADS if self.name == "gunicorn-gthread" else 1
        if app == PODIUM_APP:
            # podium's own command: what users run.
            return [
                str(BIN / "podium"),
                *("serve", "--no-demo", "--port", str(port)),
                *("--workers", str(workers), "--threads", str(threads)),
            ]
        return [
            str(BIN / "gunicorn"),
            *("--bind", f"127.0.0.1:{port}", "--workers", str(workers)),
            *("--worker-class", "gthread" if threads > 1 else "sync", "--threads", str(threads)),
            *("--access-logfile", "-", *podium_log_format(), app),
        ]


def serve_command(port: int, workers: int, server: str | None = None) -> list[str]:
    """`podium serve` on 127.0.0.1:``port``: its default server, or ``server`` of SERVERS."""
    if server is not None:
        return SERVERS[server].command(PODIUM_APP, port, workers)
    return [
        str(BIN / "podium"),
        "serve",
        "--no-demo",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]


def default_server() -> str:
    """The name in SERVERS of the server `podium serve` runs by default."""
    from podium.server.management.commands import serve

    return getattr(serve, "DEFAULT_SERVER", "gunicorn-sync")


def podium_log_format() -> list[str]:
    """The access log line `podium serve` writes, so both apps log alike."""
    from podium.server.management.commands import serve

    log_format = getattr(serve, "ACCESS_LOG_FORMAT", None)
    return ["--access-logformat", log_format] if log_format else []


SERVERS = {
    "gunicorn-sync": Server("gunicorn-sync", "gunicorn, sync workers (podium serve default)"),
    "gunicorn-gthread": Server(
        "gunicorn-gthread",
        f"gunicorn, gthread workers x {THREADS} threads (podium serve --threads)",
    ),
    "granian": Server("granian", "granian (Rust HTTP core), WSGI interface"),
}


class Running:
    """One server process started by the suite; stopped by its own pid only."""

    def __init__(self, command: list[str], port: int, log: Path, env: dict | None = None):
        self.port = port
        self.log = log.open("ab")
        env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self.log, stderr=self.log
        )

    def wait_ready(self, path: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early (see {self.log.name})")
            try:
                with urllib.request.urlopen(self.url(path), timeout=60) as answer:
                    answer.read()
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"server on port {self.port} not ready after {timeout} s")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def descendants(self) -> list[int]:
        """Pids of the server's worker processes (children, grandchildren...)."""
        parents = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        found, frontier = [], [self.process.pid]
        while frontier:
            children = [pid for pid, ppid in parents.items() if ppid in frontier]
            found += children
            frontier = children
        return found

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def status_kib(pid: int, field: str) -> int:
    """A ``VmHWM``/``VmRSS``-style field of /proc/<pid>/status, in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"/proc/{pid}/status has no {field}")
