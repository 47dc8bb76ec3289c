"""A mirror against a local source that serves the Linz capture, then a changed one."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from podium.importers.mirror.models import Mirror
from podium.importers.mirror.run import run_mirror
from podium.program import models as m
from podium.program.changes import program_changed
from tests.importers.mirror.conftest import BASE
from tests.importers.payloads import snapshot

pytestmark = pytest.mark.django_db(transaction=True)

TALK = "649740"


def add(source, *extra: str) -> Mirror:
    call_command(
        "mirror", "add", "linz", source.url, "--timezone", "Europe/Vienna",
        "--allow-private-addresses", *extra,
    )  # fmt: skip
    source.requests.clear()
    return Mirror.objects.get(event__slug="linz")


def retitle(program: dict, session_id: str, title: str) -> dict:
    for session in program["sessions"]:
        if session["id"] == session_id:
            session["title"] = title
    return program


def title(session_id: str) -> str:
    return m.Session.objects.get(public_id=session_id).title


def test_mirror_add_creates_the_event_from_the_source(source):
    mirror = add(source)
    assert (mirror.event.sessions.count(), mirror.event.speakers.count()) == (15, 16)
    assert mirror.event.time_zone == "Europe/Vienna"
    assert mirror.next_run_at - mirror.last_fetch_at == dt.timedelta(minutes=5)
    assert (mirror.failures, mirror.last_error) == (0, "")


def test_mirror_add_first_requests_are_hash_view_and_speakers(source):
    call_command("mirror", "add", "linz", source.url, "--allow-private-addresses")
    assert [path for path, _ in source.requests] == [
        f"{BASE}view/All?hashonly=true",
        f"{BASE}view/All",
        f"{BASE}view/Speakers",
    ]


def test_run_mirror_unchanged_source_makes_one_conditional_request(source):
    mirror = add(source)
    before = snapshot()
    outcome = run_mirror(mirror)
    assert outcome.result == "unchanged"
    assert source.requests == [(f"{BASE}view/All", mirror.etag)]
    assert snapshot() == before


def test_run_mirror_hashonly_source_unchanged_makes_one_small_request(source):
    source.etags, source.hashes = False, True
    mirror = add(source)
    assert run_mirror(mirror).result == "unchanged"
    assert source.requests == [(f"{BASE}view/All?hashonly=true", None)]


def test_run_mirror_picks_up_a_change_within_one_interval(source, linz):
    mirror = add(source)
    version = mirror.event.data_version
    announced = []

    def receiver(event_id, **kwargs):
        announced.append(event_id)

    program_changed.connect(receiver)
    try:
        source.publish(retitle(linz, TALK, "Keynote, moved"))
        outcome = run_mirror(mirror)
    finally:
        program_changed.disconnect(receiver)
    mirror.refresh_from_db()
    assert outcome.result == (
        "Updated event 'linz' (time zone Europe/Vienna): 15 sessions, 16 speakers, 4 rooms, "
        "0 categories, 2 questions; 0 rows created, 1 updated, 0 deleted."
    )
    assert title(TALK) == "Keynote, moved"
    assert announced == [mirror.event_id]
    assert m.Event.objects.get(slug="linz").data_version != version
    assert mirror.next_run_at == mirror.last_fetch_at + dt.timedelta(seconds=mirror.every)
    assert mirror.last_changed_at == mirror.last_fetch_at


def test_run_mirror_source_answering_500_changes_nothing_and_shows_the_error(source, linz):
    mirror = add(source)
    before = snapshot()
    source.publish(retitle(linz, TALK, "Never seen"))
    source.status = 500
    outcome = run_mirror(mirror)
    mirror.refresh_from_db()
    error = f"{source.url}view/All: the server answered HTTP 500 Internal Server Error"
    assert (outcome.error, mirror.last_error, mirror.failures) == (error, error, 1)
    assert snapshot() == before
    # Retried after twice the interval, then four times...
    assert mirror.next_run_at - mirror.last_fetch_at == dt.timedelta(minutes=10)
    run_mirror(mirror)
    mirror.refresh_from_db()
    assert (mirror.failures, mirror.next_run_at - mirror.last_fetch_at) == (
        2,
        dt.timedelta(minutes=20),
    )


def test_run_mirror_invalid_json_changes_nothing_and_shows_the_error(source):
    mirror = add(source)
    before = snapshot()
    source.files[f"{BASE}view/All"] = b'{"sessions": ['
    outcome = run_mirror(mirror)
    mirror.refresh_from_db()
    assert mirror.last_error == outcome.error
    assert outcome.error.startswith(f"{source.url}view/All: not valid JSON")
    assert snapshot() == before


def test_run_mirror_after_a_failure_recovers_and_resets_the_backoff(source, linz):
    mirror = add(source)
    source.status = 500
    run_mirror(mirror)
    source.status = 200
    source.publish(retitle(linz, TALK, "Back again"))
    run_mirror(mirror)
    mirror.refresh_from_db()
    assert (mirror.failures, mirror.last_error, title(TALK)) == (0, "", "Back again")


def test_mirror_add_failing_source_adds_nothing(source):
    source.status = 503
    with pytest.raises(CommandError) as caught:
        call_command("mirror", "add", "linz", source.url, "--allow-private-addresses")
    assert str(caught.value) == (
        f"{source.url}view/All?hashonly=true: the server answered HTTP 503 Service "
        "Unavailable (the mirror was not added)"
    )
    assert (Mirror.objects.count(), m.Event.objects.count()) == (0, 0)


def test_mirror_add_loopback_source_without_the_option_is_refused(source):
    with pytest.raises(CommandError) as caught:
        call_command("mirror", "add", "linz", source.url)
    assert "127.0.0.1 is a loopback address" in str(caught.value)
    assert source.requests == []
    assert Mirror.objects.count() == 0
