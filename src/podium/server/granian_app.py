"""Run podium's WSGI application inside granian, configured from Python.

granian's HTTP layer is Rust: it parses requests, keeps connections alive and writes
each body to its client outside the Python interpreter, so a worker's Python thread is
free again as soon as the application returns, however slowly the client reads.

Its main process binds the socket, forks the workers (each inherits the loaded Django
application: nothing is imported again), restarts a worker that dies, and on SIGTERM or
SIGINT stops them: each finishes the requests it is answering, within ``stop_timeout``.
"""

import ctypes
import ctypes.util
import os
import signal
import sys

from django.http import HttpResponse
from granian.constants import Interfaces
from granian.server import Server

from podium.server.access_log import AccessLog

# Linux's prctl option: a signal the kernel sends a process when its parent dies.
PR_SET_PDEATHSIG = 1


def server_messages_on_stderr() -> dict:
    """granian's logging configuration with its messages on stderr, not stdout:
    standard output carries only the access log."""
    return {
        "handlers": {
            "console": {
                "formatter": "generic",
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
            },
            "access": {
                "formatter": "access",
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
            },
        },
    }


class WholeBodies:
    """Hands granian the body of each of Django's in-memory responses as one bytes object.

    granian then writes it from Rust, and Django's end of the request (``close``: the
    request_finished signal) runs before the answer leaves, in the request's own thread,
    rather than whenever granian is done iterating. Streamed responses (static files) pass
    through as they are.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        response = self.application(environ, start_response)
        if not isinstance(response, HttpResponse):
            return response
        try:
            body = response.content  # the bytes object itself when it is one piece
        finally:
            response.close()
        return [body]


def stop_with_parent(parent: int) -> None:
    """Ask the kernel to kill this worker when granian's main process dies.

    SIGKILL of the main process runs none of its code: without this its workers would
    keep the port open with nobody to stop them. SIGKILL, not SIGTERM: a worker's graceful
    stop waits for the main process, which is gone, and one was seen waiting for ever.
    """
    if sys.platform != "linux":
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # died before the request above
        os.kill(os.getpid(), signal.SIGKILL)


def serve(
    application,
    *,
    host: str,
    port: int,
    workers: int,
    threads: int,
    access_log: bool,
    stop_timeout: int,
    on_listening,
    on_stopped,
) -> None:
    """Serve ``application`` until SIGTERM or SIGINT, with an access log on stdout when
    ``access_log``; ``on_listening`` runs once the socket is bound, before the workers
    start, ``on_stopped`` once they all stopped."""
    parent = os.getpid()

    wrapped = WholeBodies(application)
    if access_log:
        wrapped = AccessLog(wrapped)

    def load_application():
        # Runs in each worker, right after the fork. Until granian sets the worker's own
        # handlers, SIGTERM and SIGINT would reach the main process's, inherited, and be
        # lost: a worker that has not served yet may simply stop.
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, signal.SIG_DFL)
        stop_with_parent(parent)
        return wrapped

    server = Server(
        "podium.wsgi:application",  # a name for granian's messages: loaded by load_application
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers,
        # Python threads per worker running the application; the HTTP work is Rust's.
        blocking_threads=threads,
        websockets=False,
        respawn_failed_workers=True,
        workers_kill_timeout=stop_timeout,
        # podium writes its own access log (podium/server/access_log.py).
        log_access=False,
        log_dictconfig=server_messages_on_stderr(),
    )
    server.on_startup(on_listening)
    server.on_shutdown(on_stopped)
    try:
        server.serve(target_loader=load_application, wrap_loader=False)
    finally:
        # Also when granian gives up (a worker crash loop) and exits with an error.
        on_stopped()
