"""The API's commands, options, headers and status codes are all documented."""

import argparse
from pathlib import Path

import pytest
from django.core.management import load_command_class

from tests.publish.conftest import view_url

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ("endpoint", "render", "cache")
# Options every Django command has; documented by `--help`, not by podium.
DJANGO_COMMON = {
    "-h", "--help", "--version", "-v", "--verbosity", "--settings", "--pythonpath",
    "--traceback", "--no-color", "--force-color", "--skip-checks",
}  # fmt: skip


def read(relative: str) -> str:
    return (ROOT / relative).read_text(encoding="utf-8")


def parsers(name: str) -> list[tuple[str, argparse.ArgumentParser]]:
    """("podium endpoint create", its parser) for a command and each of its actions."""
    command = load_command_class("podium.publish", name)
    parser = command.create_parser("podium", name)
    found = [(f"podium {name}", parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found += [(f"podium {name} {sub}", p) for sub, p in action.choices.items()]
    return found


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_docs_mention_every_command_and_option(name):
    docs = read("docs/cli.md")
    missing = []
    for title, parser in parsers(name):
        if f"`{title}" not in docs:
            missing.append(title)
        for action in parser._actions:
            for option in action.option_strings:
                if option not in DJANGO_COMMON and f"`{option}`" not in docs:
                    missing.append(f"{title} {option}")
    assert missing == []


def test_podium_help_lists_api_commands(capsys):
    from podium.__main__ import print_overview

    print_overview()
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line[:2] == "  "]
    assert [name for name in COMMANDS if name not in listed] == []


@pytest.mark.django_db
def test_api_docs_mention_every_header_and_status(client, endpoint):
    url = view_url(endpoint.id, "All")
    tag = client.get(url)["ETag"]
    responses = [
        client.get(url, headers={"Accept-Encoding": "gzip"}),
        client.get(url, headers={"If-None-Match": tag}),
        client.head(url),
        client.options(url),
        client.post(url),
        client.get(view_url("nosuchid0", "All")),
    ]
    docs = read("docs/api.md")
    headers = {name for response in responses for name in response.headers}
    statuses = {response.status_code for response in responses}
    assert statuses == {200, 204, 304, 404, 405}
    assert sorted(h for h in headers if f"`{h}" not in docs) == []
    assert sorted(s for s in statuses if f"`{s} " not in docs) == []
    assert "`If-None-Match`" in docs and "`Accept-Encoding`" in docs
