"""`make docs`: generated blocks fill their markers and nothing else."""

import pytest

from podium.reference.cli import cli_blocks, podium_parsers
from podium.reference.markers import MarkerError, fill

PAGE = """# Title

Prose before.

<!-- make docs: one -->
stale
<!-- end make docs -->

Prose after.
"""


def test_fill_replaces_only_the_marked_block():
    assert fill(PAGE, {"one": "fresh\n"}, "page.md") == PAGE.replace("stale\n", "fresh\n")


def test_fill_block_without_a_marker_is_an_error():
    with pytest.raises(MarkerError) as caught:
        fill(PAGE, {"one": "", "two": ""}, "page.md")

    assert str(caught.value) == (
        "page.md: no place for: two (add `<!-- make docs: TITLE -->` and "
        "`<!-- end make docs -->` lines where each belongs)"
    )


def test_fill_marker_nothing_generates_is_an_error():
    with pytest.raises(MarkerError) as caught:
        fill(PAGE, {}, "page.md")

    assert str(caught.value) == "page.md: nothing generates: one"


def test_cli_reference_covers_every_podium_command_and_action():
    assert list(podium_parsers()) == [
        "podium cache clear",
        "podium demo",
        "podium endpoint create",
        "podium endpoint list",
        "podium endpoint update",
        "podium endpoint delete",
        "podium export",
        "podium freeze",
        "podium import sessionize",
        "podium import frab",
        "podium import pretalx",
        "podium import podium",
        "podium mirror add",
        "podium mirror list",
        "podium mirror remove",
        "podium mirror run-now",
        "podium render",
        "podium serve",
        "podium team add",
        "podium team remove",
        "podium team list",
        "podium user create",
        "podium user unlock",
        "podium webhook add",
        "podium webhook list",
        "podium webhook test",
        "podium webhook rotate",
        "podium webhook remove",
        "podium worker",
    ]


def test_cli_reference_serve_block_is_the_parsers_description():
    assert cli_blocks()["podium serve"] == (
        "```sh\n"
        "podium serve [--host HOST] [--port PORT] [--workers N] [--server SERVER] [--threads N]\n"
        "    [--no-demo] [--no-access-log]\n"
        "```\n"
        "\n"
        "| argument | default | meaning |\n"
        "|---|---|---|\n"
        "| `--host` `HOST` | `127.0.0.1` | address to bind |\n"
        "| `--port` `PORT` | `8000` | port to bind |\n"
        "| `--workers` `N` |  | worker processes (default: the number of CPUs) |\n"
        "| `--server` `SERVER` | `granian` | the HTTP server: granian (HTTP in Rust) or "
        "gunicorn (sync workers, or gthread with --threads above 1) |\n"
        "| `--threads` `N` | `1` | Python threads per worker running podium (granian's "
        "blocking threads; gunicorn's gthread workers above 1) |\n"
        "| `--no-demo` | off | do not load the demo event into a new database |\n"
        "| `--no-access-log` | off | do not log each request to stdout |\n"
        "\n"
    )


def test_cli_reference_does_not_depend_on_the_terminal_width(monkeypatch):
    wide = cli_blocks()
    monkeypatch.setenv("COLUMNS", "30")

    assert cli_blocks() == wide
