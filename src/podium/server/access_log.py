"""The access log line of ``podium serve``, written by podium itself under granian.

The same line gunicorn writes with ``ACCESS_LOG_FORMAT`` (the combined log format and
the milliseconds podium took), so the log reads alike whichever server runs: granian's
own access log has no body size. The time is measured until the body is handed to the
server: granian writes it to the client from Rust, outside the worker's Python thread.
"""

import sys
import time

# Day/Mon/Year:H:M:S zone, as in the combined log format.
TIME_FORMAT = "[%d/%b/%Y:%H:%M:%S %z]"


class AccessLog:
    """A WSGI wrapper writing one line per answered request to ``stream``."""

    def __init__(self, application, stream=None):
        self.application = application
        self.stream = stream or sys.stdout

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        answer = []

        def capture(status, headers, exc_info=None):
            answer[:] = [status, headers]
            return start_response(status, headers, exc_info)

        try:
            body = self.application(environ, capture)
        except BaseException:
            self.write(environ, "500", "-", started)
            raise
        if isinstance(body, list):
            # A whole body (the fast path's answers): its size is known now.
            self.write(environ, status_code(answer), str(sum(map(len, body))), started)
            return body
        return LoggedBody(self, environ, answer, body, started)

    def write(self, environ, status: str, size: str, started: float) -> None:
        milliseconds = int((time.perf_counter() - started) * 1000)
        query = environ.get("QUERY_STRING")
        target = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")
        if query:
            target += "?" + query
        request_line = (
            f"{environ.get('REQUEST_METHOD', '-')} {target} {environ.get('SERVER_PROTOCOL', '-')}"
        )
        referrer = environ.get("HTTP_REFERER", "-")
        agent = environ.get("HTTP_USER_AGENT", "-")
        self.stream.write(
            f"{environ.get('REMOTE_ADDR', '-')} - - {time.strftime(TIME_FORMAT)} "
            f'"{request_line}" {status} {size} "{referrer}" "{agent}" {milliseconds}ms\n'
        )
        self.stream.flush()


class LoggedBody:
    """A response iterable logged once the server is done with it (``close``)."""

    __slots__ = ("log", "environ", "answer", "body", "started")

    def __init__(self, log: AccessLog, environ, answer: list, body, started: float):
        self.log, self.environ, self.answer, self.body = log, environ, answer, body
        self.started = started

    def __iter__(self):
        return iter(self.body)

    def close(self) -> None:
        try:
            close = getattr(self.body, "close", None)
            if close is not None:
                close()
        finally:
            self.log.write(
                self.environ, status_code(self.answer), content_length(self.answer), self.started
            )


def status_code(answer: list) -> str:
    return answer[0].split(" ", 1)[0] if answer else "500"


def content_length(answer: list) -> str:
    """The body size the response declares (``-`` for a stream of unknown length)."""
    for name, value in answer[1] if answer else ():
        if name.lower() == "content-length":
            return value
    return "-"
