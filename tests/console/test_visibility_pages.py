"""The session list and form say, per endpoint, whether the session is published and why not."""

import json

from django.urls import reverse

from podium.program.models import Session, SessionStatus
from podium.publish.models import Endpoint
from tests.console.test_sessions import session_data
from tests.factories import SessionFactory


def test_session_list_visibility_per_endpoint(console, event):
    SessionFactory(event=event, title="Waiting", is_informed=False)
    Endpoint.objects.create(event=event, name="Web")
    Endpoint.objects.create(event=event, name="Everything", include_sessions="accepted")
    page = console.get(reverse("console:sessions", args=["conf"]))
    (session,) = page.context["page"]
    assert [(v.endpoint.name, v.text) for v in session.visibility] == [
        ("Web", "not published: speakers not informed"),
        ("Everything", "published"),
    ]
    assert "speakers not informed" in page.content.decode()


def test_session_form_visibility_schedule_not_announced(console, event):
    event.schedule_announced = False
    event.save()
    session = SessionFactory(event=event, status=SessionStatus.DECLINED)
    accepted = SessionFactory(event=event)
    Endpoint.objects.create(event=event, name="Web")
    page = console.get(reverse("console:session", args=["conf", session.pk]))
    assert [v.text for v in page.context["visibility"]] == ["not published: not accepted"]
    page = console.get(reverse("console:session", args=["conf", accepted.pk]))
    assert [v.text for v in page.context["visibility"]] == [
        "published: without time and room: the schedule is not announced"
    ]
    assert "Published on" in page.content.decode()


def test_session_list_without_endpoints_says_so(console, event):
    SessionFactory(event=event)
    assert "no endpoint" in console.get(reverse("console:sessions", args=["conf"])).content.decode()


def test_new_session_accepted_in_console_published_on_default_endpoint(console, event, client):
    """The form's defaults, posted as they are, give a session the default endpoint shows."""
    endpoint = Endpoint.objects.create(event=event)
    form = console.get(reverse("console:session-create", args=["conf"])).context["form"]
    assert (form["is_informed"].value(), form["status"].value()) == (True, "Accepted")
    defaults = {"is_informed": "on"} if form["is_informed"].value() else {}
    console.post(reverse("console:session-create", args=["conf"]), session_data(**defaults))
    session = Session.objects.get(event=event)
    served = json.loads(client.get(f"/api/v2/{endpoint.id}/view/Sessions").content)
    assert [s["id"] for group in served for s in group["sessions"]] == [session.public_id]


def test_existing_session_form_keeps_informed_as_stored(console, event):
    session = SessionFactory(event=event, is_informed=False)
    form = console.get(reverse("console:session", args=["conf", session.pk])).context["form"]
    assert form["is_informed"].value() is False
