"""podium import frab: reads a file or URL, prints the summary, errors without traceback."""

import argparse
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command, load_command_class

from podium.program import models as m
from tests.importers.frab import documents as d

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[3]


def test_frab_command_imports_file_with_options(tmp_path, capsys):
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(d.SCHEDULE))

    call_command(
        "import", "frab", str(path), "--event", "dc", "--name", "DC", "--timezone", "Europe/Paris"
    )

    event = m.Event.objects.get(slug="dc")
    assert (event.name, event.time_zone) == ("DC", "Europe/Paris")
    assert capsys.readouterr().out.startswith("Created event 'dc' (time zone Europe/Paris)")


def test_frab_command_reads_url(web, capsys):
    web.files["/schedule.json"] = json.dumps(d.SCHEDULE).encode()

    call_command("import", "frab", f"{web.url}/schedule.json", "--event", "dc")

    assert m.Event.objects.get(slug="dc").sessions.count() == 4


def test_frab_command_error_names_location(tmp_path):
    document = d.schedule()
    d.events_of(document)[0]["duration"] = "half an hour"
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(document))

    with pytest.raises(CommandError) as error:
        call_command("import", "frab", str(path), "--event", "dc")

    assert str(error.value) == (
        'schedule.conference.days[0].rooms["Hall A"][0].duration: '
        "'half an hour' is not a duration like 00:45 (hours:minutes)"
    )
    assert m.Event.objects.count() == 0


def test_frab_command_error_on_bad_slug_before_reading(tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("import", "frab", str(tmp_path / "absent.json"), "--event", "a b")

    assert str(error.value) == (
        "--event: 'a b' is not a slug (letters, digits, hyphens and underscores)"
    )


def test_frab_and_pretalx_options_documented_in_cli_md():
    command = load_command_class("podium.importers", "import")
    parser = command.create_parser("podium", "import")
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    docs = (ROOT / "docs/cli.md").read_text(encoding="utf-8")
    missing = [
        f"{source} {option}"
        for source in ("frab", "pretalx")
        for action in subparsers.choices[source]._actions
        for option in action.option_strings
        if option not in ("-h", "--help") and f"`{option}" not in docs
    ]
    assert (missing, "## `podium import frab`" in docs, "## `podium import pretalx`" in docs) == (
        [],
        True,
        True,
    )
    assert "(docs/import.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
