"""The task workers of ``podium serve`` (podium/server/task_workers.py) as real processes."""

import os
import re
import signal

import pytest

from tests.servers import Server, podium_env, wait_until

pytestmark = pytest.mark.integration


def web_worker_pids(server: Server) -> list[int]:
    return [int(pid) for pid in re.findall(r"Spawning worker-\d+ with PID: (\d+)", server.output())]


def worker_pids(server: Server) -> list[int]:
    return [
        int(pid) for pid in re.findall(r"Starting worker worker_id=\S+-(\d+) ", server.output())
    ]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone too: it only waits for its parent to collect its status.
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(") ")[1][0] != "Z"


@pytest.fixture
def server(tmp_path):
    # SQLite: these are about processes, the same whatever the database.
    env = podium_env(tmp_path) | {"PODIUM_TASK_WORKERS": "2"}
    running = Server(env, args=("--no-demo", "--workers", "2")).start()
    try:
        running.wait_ready()
        wait_until(lambda: len(worker_pids(running)) == 2)
        wait_until(lambda: len(web_worker_pids(running)) == 2)
        yield running
    finally:
        running.stop()


def test_serve_tasks_dead_worker_is_replaced_and_sigterm_stops_all(server):
    killed = worker_pids(server)[0]
    os.kill(killed, signal.SIGKILL)
    wait_until(lambda: len(worker_pids(server)) == 3, timeout=20)
    pids = worker_pids(server)

    assert server.terminate() == 0

    wait_until(lambda: not any(alive(pid) for pid in pids), timeout=10)
    output = server.output()
    assert f"task worker {killed} stopped; starting it again" in output, output
    assert output.count("shutting down gracefully") == 2


def test_serve_tasks_killed_server_leaves_no_task_worker(server):
    pids = worker_pids(server) + web_worker_pids(server)

    server.process.send_signal(signal.SIGKILL)
    server.process.wait()

    wait_until(lambda: not any(alive(pid) for pid in pids), timeout=15)


def test_serve_tasks_sigterm_stops_task_and_web_workers(server):
    pids = worker_pids(server) + web_worker_pids(server)
    assert len(pids) == 4

    assert server.terminate() == 0

    assert [pid for pid in pids if alive(pid)] == []
    assert server.output().count("shutting down gracefully") == 2


def test_serve_tasks_killed_server_leaves_no_web_worker(server):
    pids = web_worker_pids(server)

    server.process.send_signal(signal.SIGKILL)
    server.process.wait()

    wait_until(lambda: not any(alive(pid) for pid in pids), timeout=30)
