"""The console's commands and settings are described in docs/console.md."""

import argparse
from pathlib import Path

import pytest
from django.core.management import load_command_class

DOCS = Path(__file__).resolve().parents[2] / "docs" / "console.md"
DJANGO_COMMON = {
    "-h",
    "--help",
    "--version",
    "-v",
    "--verbosity",
    "--settings",
    "--pythonpath",
    "--traceback",
    "--no-color",
    "--force-color",
    "--skip-checks",
}


def actions_of(name: str) -> list[tuple[str, argparse.ArgumentParser]]:
    parser = load_command_class("podium.console", name).create_parser("podium", name)
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found += [
                (f"podium {name} {sub}", sub_parser) for sub, sub_parser in action.choices.items()
            ]
    return found


@pytest.mark.parametrize("name", ["user", "team"])
def test_console_docs_mention_every_action_and_option(name):
    docs = DOCS.read_text(encoding="utf-8")
    missing = []
    for title, parser in actions_of(name):
        if f"`{title}" not in docs:
            missing.append(title)
        for action in parser._actions:
            missing += [
                f"{title} {option}"
                for option in action.option_strings
                if option not in DJANGO_COMMON and option not in docs
            ]
    assert missing == []


def test_console_docs_and_readme_point_to_first_run_setup():
    readme = (DOCS.parents[1] / "README.md").read_text(encoding="utf-8")
    assert "`/console/setup/`" in DOCS.read_text(encoding="utf-8")
    assert (
        "On a new podium, open http://127.0.0.1:8000/console/ to create the first account."
        in readme
    )
