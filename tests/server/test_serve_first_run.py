"""`podium serve` tells how to create the first account while there is none."""

import os
import signal
import socket
import subprocess
import sys
import threading

HINT = "No account yet: open http://127.0.0.1:{port}/console/ to create the first one."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def podium_env(data_dir) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODIUM_")}
    env.update(PODIUM_DATA_DIR=str(data_dir), PYTHONUNBUFFERED="1")
    return env


def serve_output(data_dir, port: int) -> list[str]:
    """The lines `podium serve` prints until gunicorn listens; then it is stopped."""
    command = [sys.executable, "-m", "podium", "serve", "--no-demo", "--no-access-log"]
    server = subprocess.Popen(
        [*command, "--port", str(port), "--workers", "1"],
        env=podium_env(data_dir),
        cwd=data_dir,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    # A server that never gets ready must not hang the suite.
    watchdog = threading.Timer(90, server.kill)
    watchdog.start()
    lines = []
    try:
        for line in server.stdout:
            lines.append(line.rstrip("\n"))
            if "Listening at:" in line:
                break
    finally:
        server.send_signal(signal.SIGTERM)
        server.communicate(timeout=30)
        watchdog.cancel()
    return lines


def test_serve_prints_setup_hint_until_a_user_exists(tmp_path):
    port = free_port()
    lines = serve_output(tmp_path, port)
    assert HINT.format(port=port) in lines
    assert lines.index(f"Serving podium on http://127.0.0.1:{port}/") < lines.index(
        HINT.format(port=port)
    )

    created = subprocess.run(
        [sys.executable, "-m", "podium", "user", "create", "ada", "--password-stdin"],
        input="a-long-test-password-42\n",
        env=podium_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert created.stdout == "created user ada\n", created.stderr
    port = free_port()
    lines = serve_output(tmp_path, port)
    assert f"Serving podium on http://127.0.0.1:{port}/" in lines
    assert [line for line in lines if "No account yet" in line] == []
