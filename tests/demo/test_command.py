"""`podium demo` (re)loads the demo event and prints its URLs."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from podium.program.models import Event
from podium.publish.models.endpoint import Endpoint
from tests.factories import EventFactory, SessionFactory

pytestmark = pytest.mark.django_db

COUNTS = "43 sessions, 32 speakers, 5 rooms, 5 categories, 6 questions"


def run_demo(*args: str) -> list[str]:
    out = StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue().splitlines()


def test_demo_command_loads_the_event_when_missing():
    lines = run_demo()

    assert lines[0] == (
        f"Loaded the demo event 'Harbour Open Source Days 2027' (slug 'demo'): {COUNTS}."
    )
    assert "  http://127.0.0.1:8000/api/v2/demojson/view/All" in lines
    assert "  http://127.0.0.1:8000/api/v2/demoxml0/view/GridSmart" in lines
    assert "  http://127.0.0.1:8000/api/v2/demoical/view/Sessions" in lines
    assert Event.objects.filter(slug="demo").count() == 1


def test_demo_command_reloads_when_present():
    run_demo()

    lines = run_demo("--base-url", "https://podium.example.org/")

    assert lines[0].startswith("Reloaded the demo event ")
    assert lines[0].endswith(f": {COUNTS}.")
    assert "  https://podium.example.org/api/v2/demojson/view/Speakers" in lines
    assert Event.objects.count() == 1


def test_demo_command_rejects_a_bad_base_url():
    with pytest.raises(CommandError) as error:
        call_command("demo", "--base-url", "localhost:8000", stdout=StringIO())

    assert str(error.value) == "--base-url 'localhost:8000': give an http(s) URL"
    assert Event.objects.count() == 0


def test_demo_command_id_taken_by_another_event_is_an_error():
    Endpoint.objects.create(id="demojson", event=EventFactory(slug="mine"), name="x")

    with pytest.raises(CommandError) as error:
        call_command("demo", stdout=StringIO())

    assert str(error.value) == (
        "endpoint demojson publishes event 'mine', but the demo needs this id; "
        "delete it first (podium endpoint delete demojson). Nothing changed."
    )
    assert list(Event.objects.values_list("slug", flat=True)) == ["mine"]


def test_demo_command_documented_in_cli_docs_and_help():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    overview = subprocess.run(
        [sys.executable, "-m", "podium", "--help"], capture_output=True, text=True, timeout=60
    )

    assert "## `podium demo`" in docs
    assert "`--base-url`" in docs
    assert "  demo            Load the demo event, or reload it to undo changes made to it\n" in (
        overview.stdout
    )


def test_demo_command_on_unmigrated_database_fails_clearly(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODIUM_")}
    env["PODIUM_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "podium", "demo"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 1
    assert done.stderr.startswith("CommandError: The database lacks ")
    assert done.stderr.rstrip().endswith(
        "migration(s): run `podium migrate` (or `podium serve`, which migrates) first."
    )
    assert "Traceback" not in done.stderr


def test_demo_command_replaces_the_program_of_an_event_with_the_demo_slug():
    SessionFactory(event=EventFactory(slug="demo", name="Not the demo"), title="Mine")

    run_demo()

    event = Event.objects.get(slug="demo")
    assert event.name == "Harbour Open Source Days 2027"
    assert event.sessions.filter(title="Mine").exists() is False


def test_demo_command_keeps_other_endpoints_of_the_demo_event():
    run_demo()
    Endpoint.objects.create(id="mydemo00", event=Event.objects.get(slug="demo"), utc_times=True)

    run_demo()

    assert list(Endpoint.objects.order_by("id").values_list("id", "utc_times")) == [
        ("demoembed", False),
        ("demoical", False),
        ("demojson", False),
        ("demoxml0", False),
        ("mydemo00", True),
    ]
