"""`podium serve` and the deployment guide are documented."""

import argparse
from pathlib import Path

from podium.server.management.commands.serve import Command

ROOT = Path(__file__).resolve().parents[2]


def read(relative: str) -> str:
    return (ROOT / relative).read_text(encoding="utf-8")


def serve_options() -> list[str]:
    """The options podium's serve command adds (not Django's common ones)."""
    parser = argparse.ArgumentParser()
    Command().add_arguments(parser)
    return [option for action in parser._actions for option in action.option_strings][2:]


def test_cli_docs_describe_every_serve_option():
    docs = read("docs/cli.md")
    assert "## `podium serve`" in docs
    assert [option for option in serve_options() if f"`{option}`" not in docs] == []


def test_serve_options_are_the_documented_seven():
    assert serve_options() == [
        "--host",
        "--port",
        "--workers",
        "--server",
        "--threads",
        "--no-demo",
        "--no-access-log",
    ]


def test_deploy_docs_give_every_setting_a_deployment_needs():
    docs = read("docs/deploy.md")
    needed = [
        "PODIUM_DATABASE_URL",
        "PODIUM_CACHE_URL",
        "PODIUM_SECRET_KEY",
        "PODIUM_ALLOWED_HOSTS",
        "PODIUM_CSRF_TRUSTED_ORIGINS",
        "PODIUM_SECURE_COOKIES",
        "PODIUM_CACHE_TTL",
        "PODIUM_DATA_DIR",
    ]
    assert [name for name in needed if f"{name}=" not in docs] == []
