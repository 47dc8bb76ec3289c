import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from podium.console.models import TeamMembership
from tests.factories import EventFactory


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def stdin(monkeypatch):
    def feed(text: str) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO(text))

    return feed


def test_user_create_password_from_stdin(db, stdin):
    stdin("a-long-secret-password-1\n")
    assert run("user", "create", "linus", "--password-stdin") == "created user linus\n"
    user = get_user_model().objects.get(username="linus")
    assert user.check_password("a-long-secret-password-1")
    assert (user.is_staff, user.is_superuser) == (False, False)


def test_user_create_email_only_can_reset_password(client, db):
    run("user", "create", "mary", "--email", "mary@example.org")
    client.post(reverse("console:password-reset"), {"email": "mary@example.org"})
    assert [message.to for message in mail.outbox] == [["mary@example.org"]]


def test_user_create_weak_password_rejected(db, stdin):
    stdin("123\n")
    with pytest.raises(CommandError, match="password rejected: This password is too short"):
        run("user", "create", "weak", "--password-stdin")
    assert not get_user_model().objects.filter(username="weak").exists()


def test_user_create_existing_rejected(db):
    get_user_model().objects.create_user("dup")
    with pytest.raises(CommandError, match="user 'dup' exists already"):
        run("user", "create", "dup", "--email", "d@example.org")


def test_user_create_without_password_or_email_rejected(db):
    with pytest.raises(CommandError, match="give --password-stdin or --email"):
        run("user", "create", "nobody")


def test_team_add_list_remove(db):
    event = EventFactory(slug="conf")
    get_user_model().objects.create_user("linus")
    assert run("team", "add", "conf", "linus") == "linus added to the team of conf\n"
    assert run("team", "add", "conf", "linus") == "linus was already in the team of conf\n"
    assert run("team", "list", "conf") == "linus\n"
    assert TeamMembership.objects.filter(event=event).count() == 1
    assert run("team", "remove", "conf", "linus") == "linus removed from the team of conf\n"
    assert run("team", "list", "conf") == ""


def test_team_add_unknown_event_or_user_rejected(db):
    EventFactory(slug="conf")
    with pytest.raises(CommandError, match="no event with slug 'nope'"):
        run("team", "add", "nope", "linus")
    with pytest.raises(CommandError, match="no user 'ghost'"):
        run("team", "add", "conf", "ghost")
