"""Log-in throttling of the console and the admin: 429 after repeated failures."""

import io
import logging

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

from podium.console.throttle import client_address
from tests.console.conftest import PASSWORD

LOGIN_PAGES = ["/console/login/", "/admin/login/"]
LIMIT = 5  # the default of PODIUM_LOGIN_FAILURE_LIMIT


def log_in(client: Client, page: str, password: str, address: str = "127.0.0.1"):
    return client.post(page, {"username": "ada", "password": password}, REMOTE_ADDR=address)


@pytest.fixture
def admin_user(organizer):
    organizer.is_staff = True
    organizer.save()
    return organizer


@pytest.mark.parametrize("page", LOGIN_PAGES)
def test_login_repeated_failures_answer_429_then_refuse_right_password(client, admin_user, page):
    statuses = [log_in(client, page, "wrong").status_code for _ in range(LIMIT)]
    refused = log_in(client, page, PASSWORD)
    assert (statuses, refused.status_code) == ([200] * (LIMIT - 1) + [429], 429)
    assert "Too many failed log-ins" in refused.content.decode()
    assert "podium user unlock ada" in refused.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_lockout_keeps_other_addresses_out_of_it(client, organizer):
    for _ in range(LIMIT):
        log_in(client, "/console/login/", "wrong", address="192.0.2.7")
    assert log_in(client, "/console/login/", PASSWORD).status_code == 302


def test_login_success_forgets_earlier_failures(client, organizer):
    for _ in range(LIMIT - 1):
        log_in(client, "/console/login/", "wrong")
    assert log_in(client, "/console/login/", PASSWORD).status_code == 302
    client.post("/console/logout/")
    statuses = [log_in(client, "/console/login/", "wrong").status_code for _ in range(LIMIT - 1)]
    assert statuses == [200] * (LIMIT - 1)


def test_login_failures_are_logged_with_username_and_address(client, organizer, caplog):
    with caplog.at_level(logging.WARNING, "axes"):
        for _ in range(LIMIT):
            log_in(client, "/console/login/", "wrong", address="192.0.2.7")
    messages = [r.getMessage() for r in caplog.records if r.name.startswith("axes")]
    assert messages[0] == (
        'AXES: New login failure by {username: "ada", ip_address: "192.0.2.7", '
        'path_info: "/console/login/"}. Created new record in the database.'
    )
    assert messages[-1] == (
        'AXES: Locking out {username: "ada", ip_address: "192.0.2.7", '
        'path_info: "/console/login/"} after repeated login failures.'
    )


def test_user_unlock_lets_the_user_log_in_again(client, organizer):
    for _ in range(LIMIT):
        log_in(client, "/console/login/", "wrong")
    out = io.StringIO()
    call_command("user", "unlock", "ada", stdout=out)
    assert out.getvalue() == "unlocked ada (1 record(s) of failed log-ins cleared)\n"
    assert log_in(client, "/console/login/", PASSWORD).status_code == 302


def test_user_unlock_of_user_not_locked_says_so(db):
    out = io.StringIO()
    call_command("user", "unlock", "nobody", stdout=out)
    assert out.getvalue() == "nobody was not locked out\n"


class FakeRequest:
    def __init__(self, **meta):
        self.META = meta


def test_client_address_is_last_forwarded_address_behind_proxy():
    request = FakeRequest(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.5")
    assert client_address(request) == "203.0.113.5"


@override_settings(PODIUM_TRUST_PROXY_HEADERS=False)
def test_client_address_ignores_forwarded_header_when_not_trusted():
    request = FakeRequest(REMOTE_ADDR="198.51.100.2", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert client_address(request) == "198.51.100.2"
