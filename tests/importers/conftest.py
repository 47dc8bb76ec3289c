import http.server
import socket
import threading

import pytest

from tests.servers import serving


class Handler(http.server.BaseHTTPRequestHandler):
    """Serves ``self.server.files`` {path: bytes} and ``self.server.redirects`` {path:
    location}; anything else is a 404. Notes each request's (path, Host header)."""

    def do_GET(self):
        self.server.requests.append((self.path, self.headers["Host"]))
        if self.path in self.server.redirects:
            self.send_response(302)
            self.send_header("Location", self.server.redirects[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self.server.files.get(self.path)
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def web():
    """A small HTTP server on 127.0.0.1: set ``web.files[path] = bytes``, read ``web.url``."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.files = {}
    server.redirects = {}
    server.requests = []
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    with serving(server):
        yield server


@pytest.fixture
def closed_port() -> int:
    """A local port that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Trickle:
    """A server on 127.0.0.1 that answers one request: ``at_once``, then ``response`` one
    byte every ``interval`` seconds, then it closes the connection."""

    def __init__(self, response: bytes, interval: float, at_once: bytes = b""):
        self.at_once = at_once
        self.response = response
        self.interval = interval
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/All.json"
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        self.listener.settimeout(0.05)
        while not self.stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.send(connection)
            return

    def send(self, connection: socket.socket):
        with connection:
            connection.recv(65536)  # the request
            connection.sendall(self.at_once)
            for byte in self.response:
                if self.stopped.wait(self.interval):
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return  # the client gave up

    def stop(self):
        self.stopped.set()
        self.thread.join()
        self.listener.close()


@pytest.fixture
def trickle():
    """Start ``trickle(response, interval, at_once)`` servers; they stop after the test."""
    servers = []

    def start(response: bytes, interval: float = 0, at_once: bytes = b"") -> Trickle:
        servers.append(Trickle(response, interval, at_once))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()
