"""The first-run setup page: the first account, made in the browser on an empty podium."""

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse

from podium.console.first_run import create_first_account, no_account_yet
from podium.console.models import FirstAccount
from tests.console.conftest import PASSWORD, make_user

SETUP = "/console/setup/"


def setup_data(username="ada", email="ada@example.org", password=PASSWORD, again=None):
    return {
        "username": username,
        "email": email,
        "password1": password,
        "password2": password if again is None else again,
    }


def usernames() -> list[str]:
    return list(get_user_model().objects.order_by("username").values_list("username", flat=True))


def test_setup_url_is_console_setup():
    assert reverse("console:setup") == SETUP


def test_login_page_without_any_user_redirects_to_setup(client, db):
    response = client.get(reverse("console:login"))
    assert (response.status_code, response["Location"]) == (302, SETUP)


def test_console_without_any_user_leads_to_setup(client, db):
    response = client.get("/console/", follow=True)
    assert response.redirect_chain[-1] == (SETUP, 302)
    assert response.status_code == 200
    assert b"Create the first account" in response.content


def test_setup_page_without_any_user_shows_form(client, db):
    response = client.get(SETUP)
    assert response.status_code == 200
    assert "console/accounts/setup.html" in [t.name for t in response.templates]
    for name in [b'name="username"', b'name="email"', b'name="password1"', b'name="password2"']:
        assert name in response.content
    assert b"csrfmiddlewaretoken" in response.content


def test_setup_creates_superuser_logs_in_and_lands_on_events(client, db):
    response = client.post(SETUP, setup_data())
    assert (response.status_code, response["Location"]) == (302, reverse("console:events"))
    user = get_user_model().objects.get()
    assert (user.username, user.email, user.is_staff, user.is_superuser) == (
        "ada",
        "ada@example.org",
        True,
        True,
    )
    assert user.check_password(PASSWORD)
    assert FirstAccount.objects.get().user == user
    events = client.get(reverse("console:events"))
    assert events.status_code == 200
    assert b"Welcome, ada." in events.content


def test_setup_email_is_optional(client, db):
    response = client.post(SETUP, setup_data(email=""))
    assert response.status_code == 302
    assert get_user_model().objects.get().email == ""


def test_setup_once_a_user_exists_answers_404(client, organizer):
    assert client.get(SETUP).status_code == 404
    assert client.post(SETUP, setup_data(username="mallory")).status_code == 404
    assert usernames() == ["ada"]


def test_setup_logged_in_user_answers_404(console):
    assert console.get(SETUP).status_code == 404


def test_setup_user_made_on_command_line_closes_setup(client, db):
    make_user("grace")
    assert client.get(SETUP).status_code == 404
    assert client.get(reverse("console:login")).status_code == 200


def test_setup_passwords_differ_shows_error(client, db):
    response = client.post(SETUP, setup_data(again="another-long-password-1"))
    assert response.status_code == 200
    assert "The two password fields didn’t match." in response.content.decode()
    assert usernames() == []


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short1x", "This password is too short. It must contain at least 8 characters."),
        ("password123", "This password is too common."),
        ("40392817465", "This password is entirely numeric."),
        ("ada-lovelace", "The password is too similar to the username."),
    ],
)
def test_setup_weak_password_shows_validator_message(client, db, password, message):
    response = client.post(SETUP, setup_data(username="ada-lovelace", password=password))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert usernames() == []


def test_setup_missing_username_shows_error(client, db):
    response = client.post(SETUP, setup_data(username=""))
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert usernames() == []


def test_setup_invalid_email_shows_error(client, db):
    response = client.post(SETUP, setup_data(email="not-an-address"))
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert usernames() == []


def test_setup_requires_csrf_token(db):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(SETUP, setup_data()).status_code == 403
    assert usernames() == []


def test_setup_second_form_submitted_after_first_answers_404(db):
    """Two browsers opened the form on an empty podium; only the first submit wins."""
    first, second = Client(), Client()
    assert (first.get(SETUP).status_code, second.get(SETUP).status_code) == (200, 200)
    assert first.post(SETUP, setup_data(username="ada")).status_code == 302
    assert second.post(SETUP, setup_data(username="grace")).status_code == 404
    assert usernames() == ["ada"]
    assert second.get(reverse("console:events")).status_code == 302


def test_create_first_account_rechecks_inside_transaction(db):
    make_user("grace")
    newcomer = get_user_model()(username="mallory")
    newcomer.set_password(PASSWORD)
    assert create_first_account(newcomer) is False
    assert usernames() == ["grace"]
    assert FirstAccount.objects.count() == 0


def test_first_account_second_row_refused_by_database(db):
    """What makes a racing second creation fail even when its check saw no user."""
    FirstAccount.objects.create(user=make_user("ada"))
    with pytest.raises(IntegrityError), transaction.atomic():
        FirstAccount.objects.create(user=make_user("grace"))
    assert FirstAccount.objects.get().user.username == "ada"


def test_first_account_other_id_refused_by_database(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        FirstAccount.objects.create(id=2, user=make_user("ada"))


def test_no_account_yet_follows_users(db):
    assert no_account_yet() is True
    make_user("ada")
    assert no_account_yet() is False


def test_setup_reopens_when_every_user_was_deleted(client, db):
    client.post(SETUP, setup_data())
    get_user_model().objects.all().delete()
    assert FirstAccount.objects.count() == 0
    assert Client().get(SETUP).status_code == 200
