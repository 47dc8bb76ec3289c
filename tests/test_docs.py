"""Every setting, command and document a user is pointed to exists and is described."""

import re
from pathlib import Path

from podium.config_table import SETTINGS
from podium.reference import pages

ROOT = Path(__file__).resolve().parents[1]


def read(relative: str) -> str:
    return (ROOT / relative).read_text(encoding="utf-8")


def test_docs_generated_sections_match_the_code():
    stale = [
        path.name for path, (current, wanted) in pages(ROOT / "docs").items() if current != wanted
    ]
    assert stale == [], (
        f"the generated sections of {', '.join(stale)} differ from what the code "
        "describes: run `make docs` and commit the result"
    )


def test_settings_every_podium_variable_in_the_source_is_declared():
    names = {
        name
        for path in sorted((ROOT / "src" / "podium").rglob("*.py"))
        for name in re.findall(r"PODIUM_[A-Z_]+[A-Z]", path.read_text(encoding="utf-8"))
    }
    assert sorted(names - set(SETTINGS)) == []


def test_settings_every_declared_variable_documented_in_config():
    config = read("docs/config.md")
    assert [name for name in SETTINGS if f"| `{name}` |" not in config] == []


def test_readme_links_resolve_to_files():
    links = re.findall(r"\]\(([^)#:]+)\)", read("README.md"))
    missing = [link for link in links if not (ROOT / link).exists()]
    assert missing == []


def test_readme_opens_with_the_two_commands():
    opening = read("README.md")[:800]
    assert "make run" in opening
    assert "make test" in opening
