import datetime as dt
import re

import pytest
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse

from podium.console.models import TeamInvitation, TeamMembership
from podium.program.models import Event


def test_event_create_makes_creator_member(console, organizer):
    response = console.post(
        reverse("console:event-create"),
        {"name": "New Conf", "slug": "newconf", "time_zone": "America/New_York"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("console:event", args=["newconf"])
    event = Event.objects.get(slug="newconf")
    assert (event.name, event.time_zone, event.schedule_announced) == (
        "New Conf",
        "America/New_York",
        False,
    )
    assert list(TeamMembership.objects.filter(event=event).values_list("user", flat=True)) == [
        organizer.pk
    ]


def test_event_create_unknown_time_zone_rejected(console):
    response = console.post(
        reverse("console:event-create"),
        {"name": "X", "slug": "x", "time_zone": "Mars/Olympus"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["time_zone"] == [
        "'Mars/Olympus' is not an IANA time zone (e.g. Europe/London)"
    ]
    assert not Event.objects.filter(slug="x").exists()


def test_event_create_taken_slug_rejected(console, other_event):
    response = console.post(
        reverse("console:event-create"),
        {"name": "Copy", "slug": "secret", "time_zone": "UTC"},
    )
    assert response.context["form"].errors == {
        "slug": ["The slug “secret” is taken (slugs ignore case): choose another."]
    }
    assert Event.objects.get(slug="secret").name == "Secret Summit"


def test_event_create_slug_in_other_case_rejected(console, other_event):
    response = console.post(
        reverse("console:event-create"),
        {"name": "Copy", "slug": "SECRET", "time_zone": "UTC"},
    )
    assert response.context["form"].errors == {
        "slug": ["The slug “SECRET” is taken by “secret” (slugs ignore case): choose another."]
    }
    assert list(Event.objects.values_list("slug", flat=True)) == ["secret"]


def test_event_slug_case_twin_refused_by_database(other_event):
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.create(slug="Secret", name="Twin")


def test_event_create_with_dates(console):
    response = console.post(
        reverse("console:event-create"),
        {
            "name": "Dated",
            "slug": "dated",
            "time_zone": "UTC",
            "starts_on": "2027-05-03",
            "ends_on": "2027-05-05",
        },
    )
    assert response.status_code == 302
    event = Event.objects.get(slug="dated")
    assert (event.starts_on, event.ends_on) == (dt.date(2027, 5, 3), dt.date(2027, 5, 5))


def test_event_settings_last_day_before_first_rejected(console, event):
    response = console.post(
        reverse("console:event-settings", args=["conf"]),
        {"name": "Conf", "time_zone": "UTC", "starts_on": "2027-05-03", "ends_on": "2027-05-01"},
    )
    assert response.context["form"].errors == {
        "ends_on": ["The last day must not be before the first."]
    }
    event.refresh_from_db()
    assert (event.starts_on, event.ends_on) == (None, None)


def test_event_create_page_offers_time_zone_list(console):
    content = console.get(reverse("console:event-create")).content.decode()
    assert '<option value="Europe/Berlin">' in content


def test_event_overview_counts(console, event):
    response = console.get(reverse("console:event", args=["conf"]))
    assert response.status_code == 200
    assert response.context["counts"]["sessions"] == 0


def test_event_settings_saves(console, event):
    response = console.post(
        reverse("console:event-settings", args=["conf"]),
        {"name": "Renamed", "time_zone": "Asia/Tokyo", "schedule_announced": "on"},
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.name, event.time_zone) == ("Renamed", "Asia/Tokyo")


def test_event_announce_toggles_and_bumps_data_version(console, event):
    event.schedule_announced = False
    event.save()
    before = Event.objects.get(pk=event.pk).data_version
    url = reverse("console:event-announce", args=["conf"])
    console.post(url, {"announced": "on"})
    event.refresh_from_db()
    assert event.schedule_announced is True
    assert event.data_version != before
    console.post(url, {"announced": "off"})
    event.refresh_from_db()
    assert event.schedule_announced is False


def test_event_announce_get_not_allowed(console, event):
    assert console.get(reverse("console:event-announce", args=["conf"])).status_code == 405


def test_event_delete_confirms_then_deletes(console, event):
    url = reverse("console:event-delete", args=["conf"])
    assert console.get(url).status_code == 200
    assert Event.objects.filter(slug="conf").exists()
    assert console.post(url)["Location"] == reverse("console:events")
    assert not Event.objects.filter(slug="conf").exists()


def invite(console, username: str):
    return console.post(reverse("console:team", args=["conf"]), {"username": username}, follow=True)


def invited_answer(response) -> tuple:
    """What an inviting member learns: status, messages and the names shown as invited."""
    page = response.content.decode()
    return (
        response.status_code,
        [str(message) for message in response.context["messages"]],
        re.findall(r"<li><span>([^<]+)</span>", page.split("<h2>Invited</h2>")[-1]),
    )


def test_team_invite_existing_and_unknown_user_answer_alike(console, event):
    from tests.console.conftest import make_user

    make_user("linus")
    existing = invited_answer(invite(console, "linus"))
    withdraw = reverse("console:team-withdraw", args=["conf", TeamInvitation.objects.get().pk])
    console.post(withdraw, follow=True)
    unknown = invited_answer(invite(console, "nobody"))
    assert existing == (
        200,
        [
            "Invited “linus”. If a podium user of that name exists, they join the team when "
            "they next log in."
        ],
        ["linus"],
    )
    assert unknown == (
        200,
        [
            "Invited “nobody”. If a podium user of that name exists, they join the team when "
            "they next log in."
        ],
        ["nobody"],
    )
    assert [m.user.username for m in event.team_memberships.all()] == ["ada"]


def test_team_invitation_becomes_membership_at_log_in(client, console, event):
    from tests.console.conftest import PASSWORD, make_user

    make_user("linus")
    invite(console, "linus")
    other = Client()
    response = other.post(reverse("console:login"), {"username": "linus", "password": PASSWORD})
    assert response.status_code == 302
    assert sorted(m.user.username for m in event.team_memberships.all()) == ["ada", "linus"]
    assert TeamInvitation.objects.count() == 0


def test_team_invitation_accepted_on_events_list_when_logged_in(console, event):
    from tests.console.conftest import make_user

    linus = make_user("linus")
    other = Client()
    other.force_login(linus)
    invite(console, "linus")
    assert "Conf 2026" in other.get(reverse("console:events")).content.decode()
    assert other.get(reverse("console:event", args=["conf"])).status_code == 200


def test_team_invitation_withdrawn_never_joins(console, event):
    from tests.console.conftest import PASSWORD, make_user

    make_user("linus")
    invite(console, "linus")
    console.post(reverse("console:team-withdraw", args=["conf", TeamInvitation.objects.get().pk]))
    Client().post(reverse("console:login"), {"username": "linus", "password": PASSWORD})
    assert [m.user.username for m in event.team_memberships.all()] == ["ada"]


def test_team_invite_member_says_already_in_team(console, event):
    assert invited_answer(invite(console, "ada"))[1] == ["ada is in the team already."]
    assert TeamInvitation.objects.count() == 0


def test_team_remove_last_member_refused(console, event):
    membership = event.team_memberships.get()
    console.post(reverse("console:team-remove", args=["conf", membership.pk]))
    assert event.team_memberships.count() == 1


def test_team_remove_other_event_membership_404(console, event, other_event):
    membership = other_event.team_memberships.get()
    url = reverse("console:team-remove", args=["conf", membership.pk])
    assert console.post(url).status_code == 404
    assert other_event.team_memberships.count() == 1
