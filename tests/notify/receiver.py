"""A webhook receiver on a loopback port, started by a test: it records what it gets."""

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    # The statuses of the answers, in turn; the last one repeats.
    statuses: list[int] = field(default_factory=lambda: [200])
    delay: float = 0.0
    received: list[Received] = field(default_factory=list)

    def __post_init__(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append(
                    Received({k.lower(): v for k, v in self.headers.items()}, body)
                )
                time.sleep(receiver.delay)
                answered = min(len(receiver.received), len(receiver.statuses)) - 1
                self.send_response(receiver.statuses[answered])
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass  # quiet

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
