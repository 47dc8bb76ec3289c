import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.console.conftest import PASSWORD


def test_front_page_redirects_to_console(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == reverse("console:events")


def test_console_anonymous_redirects_to_login(client):
    response = client.get(reverse("console:events"))
    assert response.status_code == 302
    assert response["Location"] == reverse("console:login") + "?next=/console/"


def test_login_page_renders_console_template(client, organizer):
    response = client.get(reverse("console:login"))
    assert response.status_code == 200
    assert "console/accounts/login.html" in [t.name for t in response.templates]
    assert b"csrfmiddlewaretoken" in response.content


def test_login_valid_credentials_redirects_to_events(client, organizer):
    response = client.post(reverse("console:login"), {"username": "ada", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("console:events")


def test_login_wrong_password_shows_error(client, organizer):
    response = client.post(reverse("console:login"), {"username": "ada", "password": "wrong"})
    assert response.status_code == 200
    assert b"Please enter a correct username and password" in response.content


def test_logout_post_ends_session(console):
    response = console.post(reverse("console:logout"))
    assert response.status_code == 302
    assert console.get(reverse("console:events")).status_code == 302


def test_password_change_sets_new_password(console, organizer):
    new = "another-long-password-77"
    response = console.post(
        reverse("console:password-change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    organizer.refresh_from_db()
    assert organizer.check_password(new)


def test_password_reset_mail_link_sets_new_password(client, organizer):
    response = client.post(reverse("console:password-reset"), {"email": "ada@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/console/password/reset/\S+/)", mail.outbox[0].body)
    assert link is not None
    form_page = client.get(link.group(1), follow=True)
    assert b"Choose a new password" in form_page.content
    new = "fresh-long-password-99"
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert done["Location"] == reverse("console:password-reset-complete")
    assert get_user_model().objects.get(username="ada").check_password(new)


def test_pages_never_show_password_hash(console, organizer, event):
    for name in ["console:events", "console:password-change"]:
        assert organizer.password.encode() not in console.get(reverse(name)).content
    assert (
        organizer.password.encode()
        not in console.get(reverse("console:team", args=["conf"])).content
    )


def test_csrf_required_for_console_posts(organizer, event):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(organizer)
    response = strict.post(reverse("console:event-announce", args=["conf"]), {"announced": "on"})
    assert response.status_code == 403
