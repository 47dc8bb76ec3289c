"""CPU time podium's WSGI app spends on one cached request, in process (no server).

Less noisy than throughput on a shared machine (it counts this process's CPU time
only), and it shows how much of a served request is podium's own work.
"""

import io
import statistics
import time

from podium.wsgi import application


def environ(path: str, headers: dict) -> dict:
    base = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.url_scheme": "http",
    }
    base.update({"HTTP_" + k.upper().replace("-", "_"): v for k, v in headers.items()})
    return base


def call(path: str, headers: dict) -> tuple[str, dict]:
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer.update(status=status, headers=dict(response_headers))

    body = application(environ(path, headers), start_response)
    b"".join(body)
    if hasattr(body, "close"):  # Django's response; the fast path answers with a list
        body.close()
    return answer["status"], answer["headers"]


def cpu_ms_per_request(path: str, kinds: dict, requests: int = 200) -> dict[str, float]:
    """Median over 3 batches of the CPU milliseconds per request, for each kind."""
    _, headers = call(path, {})  # fills the cache, gives the ETag
    results = {}
    for kind, sent in kinds.items():
        sent = {name: value or headers["ETag"] for name, value in sent.items()}
        batches = []
        for _ in range(3):
            started = time.process_time()
            for _ in range(requests):
                call(path, sent)
            batches.append((time.process_time() - started) / requests * 1000)
        results[kind] = statistics.median(batches)
    return results
