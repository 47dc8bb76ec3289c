"""podium mirror list, remove and run-now."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from podium.importers.mirror.models import Mirror
from podium.program import models as m
from tests.importers.mirror.test_run import TALK, add, retitle, title

pytestmark = pytest.mark.django_db(transaction=True)


def test_mirror_list_shows_last_fetch_result_and_next_run(source, capsys):
    mirror = add(source, "--every", "1h")
    capsys.readouterr()
    call_command("mirror", "list")
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [
        f"linz: sessionize {source.url}",
        "  every 1h, the source wins",
    ]
    assert lines[2].endswith(f": {mirror.last_result}")
    assert lines[3].startswith("  next run: 20")


def test_mirror_list_shows_the_error_of_a_failing_source(source, capsys):
    add(source)
    source.status = 500
    with pytest.raises(CommandError):
        call_command("mirror", "run-now", "linz")
    capsys.readouterr()
    call_command("mirror", "list")
    assert (
        f"  error (failed runs in a row: 1): {source.url}view/All: the server answered "
        "HTTP 500 Internal Server Error"
    ) in capsys.readouterr().out.splitlines()


def test_mirror_list_without_mirrors(db, capsys):
    call_command("mirror", "list")
    assert capsys.readouterr().out == "No mirrors.\n"


def test_mirror_run_now_applies_the_change(source, linz, capsys):
    add(source)
    source.publish(retitle(linz, TALK, "Moved"))
    capsys.readouterr()
    call_command("mirror", "run-now", "linz")
    assert capsys.readouterr().out.endswith("0 rows created, 1 updated, 0 deleted.\n")
    assert title(TALK) == "Moved"


def test_mirror_run_now_failing_source_is_an_error_and_changes_nothing(source, linz):
    add(source)
    source.publish(retitle(linz, TALK, "Moved"))
    source.files[f"{source.url.removeprefix(source.root)}view/Speakers"] = b"[1]"
    with pytest.raises(CommandError) as caught:
        call_command("mirror", "run-now", "linz")
    assert str(caught.value) == (
        f"{source.url}view/Speakers: [0]: expected an object, found 1 (the event is unchanged)"
    )
    assert title(TALK).startswith("Vom Wort zum Vektor")


def test_mirror_run_now_force_downloads_an_unchanged_source(source, capsys):
    add(source)
    call_command("mirror", "run-now", "linz", "--force")
    assert len(source.requests) == 2  # the view and the Speakers view, unconditionally
    assert capsys.readouterr().out.endswith("0 rows created, 0 updated, 0 deleted.\n")


def test_mirror_remove_keeps_the_event(source, capsys):
    add(source)
    call_command("mirror", "remove", "linz")
    assert (Mirror.objects.count(), m.Event.objects.filter(slug="linz").count()) == (0, 1)


def test_mirror_add_twice_is_an_error(source):
    add(source)
    with pytest.raises(CommandError) as caught:
        call_command("mirror", "add", "linz", source.url, "--allow-private-addresses")
    assert str(caught.value) == (
        "event 'linz' is mirrored already; remove its mirror first (the mirror was not added)"
    )


def test_mirror_add_bad_interval_is_an_error(db):
    with pytest.raises(CommandError) as caught:
        call_command("mirror", "add", "linz", "https://sessionize.com/api/v2/x/", "--every", "5")
    assert str(caught.value) == (
        "--every: '5' is not an interval like 30s, 5m, 2h or 1d (the mirror was not added)"
    )


def test_mirror_remove_unknown_event_is_an_error(db):
    with pytest.raises(CommandError) as caught:
        call_command("mirror", "remove", "nope")
    assert str(caught.value) == "event 'nope' has no mirror (see `podium mirror list`)"
