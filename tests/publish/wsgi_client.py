"""A test client whose requests go through the fast path, then Django.

Django's own test client calls Django directly; this one runs podium's WSGI wrapper
(podium/publish/fast/app.py) around it, so the same tests check both ways of answering.
"""

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.test.client import Client, ClientHandler

from podium.publish.fast.app import FastPath


class DjangoWSGI:
    """Django as a WSGI application, run the way the test client runs it (which keeps
    the test's database connection open)."""

    def __init__(self):
        self.handler = ClientHandler(enforce_csrf_checks=False)

    def __call__(self, environ, start_response):
        response = self.handler(environ)
        cookies = [("Set-Cookie", cookie.OutputString()) for cookie in response.cookies.values()]
        start_response(
            f"{response.status_code} {response.reason_phrase}", [*response.items(), *cookies]
        )
        return [response.content]


class WSGIResponse:
    """Calls a WSGI application and hands back what it sent as an HttpResponse."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ):
        sent = []

        def start_response(status, headers, exc_info=None):
            sent[:] = [status, headers]

        body = b"".join(self.application(environ, start_response))
        status, headers = sent
        response = HttpResponse(body, status=int(status.split(" ", 1)[0]))
        del response["Content-Type"]
        for name, value in headers:
            response[name] = value
        response.wsgi_headers = headers
        response.wsgi_request = WSGIRequest(environ)
        return response


class FastPathClient(Client):
    def __init__(self):
        super().__init__()
        self.fast_path = FastPath(DjangoWSGI(), settings.PODIUM_FAST_PATH_MAX_BYTES)
        self.handler = WSGIResponse(self.fast_path)
