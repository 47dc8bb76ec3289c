"""nginx on loopback for the benchmark: the files alone, or docs/deploy.md's configuration."""

import re
import subprocess
import time
from pathlib import Path

from benchmarks.load import fetch
from benchmarks.servers import ROOT

BINARY = "/usr/sbin/nginx"
BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
STATIC_ONLY = """    location /api/v2/ {
        root PUBLISH;
        types { "application/json; charset=utf-8" json; }
        gzip_static on;
        brotli_static on;
        try_files $uri.json =404;
    }
"""


def SHIPPED(publish: Path, podium_port: int) -> str:  # noqa: N802 - reads like the constant
    """The locations docs/deploy.md ships, pointed at ``publish`` and podium's port."""
    text = (ROOT / "docs" / "deploy.md").read_text()
    pattern = r"<!-- nginx static locations: start -->\n```nginx\n(.*?)```\n"
    return (
        re.search(pattern, text, re.S)
        .group(1)
        .replace("/var/lib/podium/publish", str(publish))
        .replace("http://127.0.0.1:8000", f"http://127.0.0.1:{podium_port}")
    )


class Nginx:
    """One nginx with two worker processes (the machine's cores), started at once."""

    def __init__(self, base: Path, port: int, locations: str):
        self.port = port
        self.base = base
        config = self.write_config(locations)
        self.process = subprocess.Popen([BINARY, "-c", str(config), "-p", str(base)])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                fetch(port, "/", {})
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"nginx did not start (see {base}/nginx-error.log)")

    def write_config(self, locations: str) -> Path:
        base, port = self.base, self.port
        temp = "".join(
            f"  {kind}_temp_path {base}/{kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        config = base / f"nginx-{port}.conf"
        config.write_text(
            f"load_module {BROTLI};\ndaemon off;\nworker_processes 2;\n"
            f"worker_rlimit_nofile 8192;\npid {base}/nginx-{port}.pid;\n"
            f"error_log {base}/nginx-error.log;\n"
            "events { worker_connections 4096; }\n"
            f"http {{\n  access_log off;\n{temp}"
            f"  server {{\n    listen 127.0.0.1:{port} backlog=4096;\n{locations}  }}\n}}\n"
        )
        return config

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
