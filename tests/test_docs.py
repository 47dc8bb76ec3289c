"""Every setting, command and document a user is pointed to exists and is described."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def read(relative: str) -> str:
    return (ROOT / relative).read_text(encoding="utf-8")


def test_settings_every_podium_variable_documented_in_config():
    names = set(re.findall(r"PODIUM_[A-Z_]+", read("src/podium/settings.py")))
    names |= set(re.findall(r"PODIUM_[A-Z_]+", read("src/podium/paths.py")))
    config = read("docs/config.md")
    missing = sorted(name for name in names if f"`{name}`" not in config)
    assert missing == []


def test_readme_links_resolve_to_files():
    links = re.findall(r"\]\(([^)#:]+)\)", read("README.md"))
    missing = [link for link in links if not (ROOT / link).exists()]
    assert missing == []


def test_readme_opens_with_the_two_commands():
    opening = read("README.md")[:800]
    assert "make run" in opening
    assert "make test" in opening
