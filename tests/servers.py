"""Run real ``podium serve`` processes (and other ``podium`` commands) from tests."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

# Waiting is bounded, never timed: a slow machine only makes these tests slower.
START_TIMEOUT = 60
STOP_TIMEOUT = 10


def wait_until(condition, timeout: float = START_TIMEOUT) -> None:
    """Poll ``condition`` until it holds; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {timeout} seconds: {condition}")
        time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def podium_env(data_dir: Path, database_url: str = "", cache_url: str = "") -> dict[str, str]:
    """The environment of a podium process with its own data directory.

    An empty ``database_url`` means SQLite in ``data_dir``; an empty ``cache_url``
    means the in-process cache.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODIUM_")}
    env["PODIUM_DATA_DIR"] = str(data_dir)
    if database_url:
        env["PODIUM_DATABASE_URL"] = database_url
    if cache_url:
        env["PODIUM_CACHE_URL"] = cache_url
    return env


def run_podium(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "podium", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
    )


@dataclass
class Server:
    """A ``podium serve`` process on a loopback port; its output goes to a file."""

    env: dict[str, str]
    port: int = field(default_factory=free_port)
    args: tuple[str, ...] = ("--no-demo", "--workers", "1")
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return Path(self.env["PODIUM_DATA_DIR"]) / f"serve-{self.port}.log"

    def start(self) -> "Server":
        Path(self.env["PODIUM_DATA_DIR"]).mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "podium", "serve", "--port", str(self.port), *self.args],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    def wait_ready(self) -> "Server":
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"podium serve exited early:\n{self.output()}")
            try:
                if get(self.url + "/healthz").status == 200:
                    return self
            except OSError:
                pass  # not listening yet
            time.sleep(0.1)
        raise AssertionError(f"podium serve did not answer /healthz:\n{self.output()}")

    def terminate(self) -> int:
        """Send SIGTERM and return the exit status."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=STOP_TIMEOUT)

    def stop(self) -> None:
        """Stop gracefully, so the server also stops its workers; kill only if stuck."""
        if self.process and self.process.poll() is None:
            try:
                self.terminate()
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")


def is_postgres(database_url: str) -> bool:
    return database_url.startswith(("postgres://", "postgresql://"))


@contextmanager
def dedicated_database(base_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database on the server of ``base_url``, dropped after."""
    import psycopg

    parts = urlsplit(base_url)
    name = f"podium_it_{secrets.token_hex(4)}"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Response:
    status: int
    # Looked up by name in any case: granian sends names in lower case, gunicorn as given.
    headers: Message
    body: bytes


def get(url: str, headers: dict[str, str] | None = None) -> Response:
    """GET ``url``; HTTP error statuses are answers, not exceptions."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return Response(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read())


@contextmanager
def serving(server) -> Iterator:
    """Run a ``socketserver`` server (an HTTP source for importers, say) in a thread
    while the block runs; then stop it and free its port."""
    import threading

    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
