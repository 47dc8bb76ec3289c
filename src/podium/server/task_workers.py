"""The task workers ``podium serve`` runs beside gunicorn's web workers.

Each is a ``podium worker`` child process (podium/server/tasks.py), so the embedded
SQLite default needs nothing else running. They live in their own session: Ctrl+C in
the terminal reaches only gunicorn, which then stops them (``stop``) and waits for their
current task. One that dies unexpectedly is started again after a pause.
"""

import subprocess
import sys
import threading

# Seconds between restarts of a worker that keeps dying (a broken database, say).
RESTART_PAUSE = 5


class TaskWorkers:
    def __init__(self, count: int, stop_timeout: float):
        self.count = count
        self.stop_timeout = stop_timeout
        self.processes: list[subprocess.Popen] = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()

    def start(self) -> None:
        """Start the workers (gunicorn's ``when_ready``: once, in its master process)."""
        for slot in range(self.count):
            self.processes.append(self.spawn())
            threading.Thread(
                target=self.supervise, args=(slot,), name=f"podium-task-worker-{slot}", daemon=True
            ).start()

    def spawn(self) -> subprocess.Popen:
        # The same interpreter and environment as this process: the same settings.
        return subprocess.Popen([sys.executable, "-m", "podium", "worker"], start_new_session=True)

    def supervise(self, slot: int) -> None:
        while True:
            process = self.processes[slot]
            # No exit status to report: gunicorn's master reaps every child it has.
            process.wait()
            if self.stopping.wait(RESTART_PAUSE):
                return
            print(f"podium: task worker {process.pid} stopped; starting it again", flush=True)
            with self.lock:
                if self.stopping.is_set():
                    return
                self.processes[slot] = self.spawn()

    def stop(self) -> None:
        """Stop the workers gracefully (gunicorn's ``on_exit``); kill one that hangs."""
        with self.lock:
            self.stopping.set()
            processes = list(self.processes)
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=self.stop_timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
