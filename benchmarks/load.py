"""Warm throughput with wrk: podium against the minimal app, same server and workers."""

import http.client
import json
import re
import shutil
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path

# Headers the server adds itself; everything else is what podium's app emitted.
SERVER_HEADERS = {"date", "server", "connection", "keep-alive", "transfer-encoding"}
REQUESTS_PER_SECOND = re.compile(r"Requests/sec:\s+([\d.]+)")
BAD = re.compile(r"(Non-2xx or 3xx responses|Socket errors):.*")


# What each measured kind of request sends; the minimal app replays podium's answer.
KINDS = {
    "200": {},
    "200 gzip": {"Accept-Encoding": "gzip"},
    "304": {"If-None-Match": None},  # filled with the recorded ETag
}


@dataclass
class Throughput:
    kind: str  # a key of KINDS
    podium: float
    minimal: float

    @property
    def ratio(self) -> float:
        return self.podium / self.minimal if self.minimal else 0.0


def fetch(port: int, path: str, headers: dict) -> tuple[int, str, list, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("GET", path, headers=headers)
        answer = connection.getresponse()
        body = answer.read()
        return answer.status, answer.reason, answer.getheaders(), body
    finally:
        connection.close()


def record(port: int, path: str, replay: Path) -> str:
    """Save podium's answers to each kind of request for the minimal app; returns the ETag."""
    replay.mkdir(parents=True, exist_ok=True)
    status, reason, headers, body = fetch(port, path, {})
    etag = dict((k.lower(), v) for k, v in headers).get("etag")
    if status != 200 or not etag:
        raise RuntimeError(f"{path}: expected 200 with an ETag, got {status}")
    save(replay, "full", f"{status} {reason}", headers, body)
    status, reason, headers, body = fetch(port, path, {"Accept-Encoding": "gzip"})
    if status != 200 or dict((k.lower(), v) for k, v in headers).get("content-encoding") != "gzip":
        raise RuntimeError(f"{path}: Accept-Encoding gzip answered {status} without gzip")
    save(replay, "gzip", f"{status} {reason}", headers, body)
    status, reason, headers, body = fetch(port, path, {"If-None-Match": etag})
    if status != 304:
        raise RuntimeError(f"{path}: If-None-Match {etag} answered {status}, not 304")
    save(replay, "not_modified", f"{status} {reason}", headers, body)
    return etag


def save(replay: Path, name: str, status: str, headers: list, body: bytes) -> None:
    kept = [(k, v) for k, v in headers if k.lower() not in SERVER_HEADERS]
    (replay / f"{name}.json").write_text(json.dumps({"status": status, "headers": kept}))
    (replay / f"{name}.body").write_bytes(body)


def wrk(url: str, seconds: int, headers: dict, connections: int = 16) -> float:
    """Requests per second over ``seconds`` (two wrk threads, keep-alive)."""
    command = [shutil.which("wrk") or "wrk", "-t2", f"-c{connections}", f"-d{seconds}s"]
    command += ["--timeout", "10s", url]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + 60, check=True
    ).stdout
    if problem := BAD.search(output):
        raise RuntimeError(f"wrk {url}: {problem.group(0)}")
    return float(REQUESTS_PER_SECOND.search(output).group(1))


def compare(podium, minimal, path: str, etag: str, rounds: int, seconds: int):
    """Alternate podium and minimal runs so drifting machine load hits both alike."""
    kinds = {
        kind: {name: value or etag for name, value in headers.items()}
        for kind, headers in KINDS.items()
    }
    for headers in kinds.values():  # fill every worker's cache first
        wrk(podium.url(path), 1, headers)
        wrk(minimal.url(path), 1, headers)
    results = []
    for kind, headers in kinds.items():
        ours, ceiling = [], []
        for _ in range(rounds):
            ours.append(wrk(podium.url(path), seconds, headers))
            ceiling.append(wrk(minimal.url(path), seconds, headers))
        results.append(Throughput(kind, statistics.median(ours), statistics.median(ceiling)))
    return results
