"""An organizer using the Django admin of one running server over HTTP."""

import http.cookiejar
import re
import urllib.parse
import urllib.request

from tests.servers import Server, run_podium


class AdminSession:
    """An organizer signed in to the admin of one server (a cookie jar and CSRF token)."""

    USER, PASSWORD = "organizer", "a-long-test-password-1"

    def __init__(self, server: Server, env: dict[str, str]):
        self.server, self.env = server, env
        env = dict(env, DJANGO_SUPERUSER_PASSWORD=self.PASSWORD)
        result = run_podium(
            env, "createsuperuser", "--noinput", "--username", self.USER, "--email", "o@example.org"
        )
        assert result.returncode == 0 or "already taken" in result.stderr, result.stderr
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self.post("/admin/login/?next=/admin/", {"username": self.USER, "password": self.PASSWORD})

    def post(self, path: str, fields: dict[str, str]) -> str:
        page = self.opener.open(self.server.url + path, timeout=10).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}).encode()
        with self.opener.open(self.server.url + path, data=data, timeout=10) as answer:
            # The admin redirects after a successful form and shows the form again on errors.
            assert answer.url != self.server.url + path, f"{path} refused the form"
            return answer.read().decode()

    def change_room(self, *, public_id: int, event: str, name: str) -> None:
        script = (
            "from podium.program.models import Room; "
            f"room = Room.objects.get(event__slug={event!r}, public_id={public_id}); "
            "print(room.pk, room.event_id, room.sort)"
        )
        result = run_podium(self.env, "shell", "--no-imports", "-c", script)
        pk, event_pk, sort = result.stdout.split()
        fields = {"event": event_pk, "public_id": str(public_id), "name": name, "sort": sort}
        self.post(f"/admin/program/room/{pk}/change/", fields)
