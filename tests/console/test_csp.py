"""The console's Content-Security-Policy, and templates it lets run as they are."""

import re
from pathlib import Path

import pytest

import podium

pytestmark = pytest.mark.django_db

POLICY = {
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
}
TEMPLATES = Path(podium.__file__).parent / "console" / "templates"


def directives(header: str) -> set[str]:
    return {directive.strip() for directive in header.split(";")}


# What the policy blocks: inline scripts and styles, event-handler attributes.
INLINE = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=", re.I)


def test_console_pages_carry_policy(console, event):
    for url in ["/console/", "/console/events/conf/sessions/"]:
        assert directives(console.get(url)["Content-Security-Policy"]) == POLICY


def test_console_login_page_carries_policy(client, organizer):
    assert directives(client.get("/console/login/")["Content-Security-Policy"]) == POLICY


def test_api_answers_carry_no_policy(client):
    assert "Content-Security-Policy" not in client.get("/api/v2/nosuchid0/view/All")


def test_console_templates_have_no_inline_code():
    found = [
        f"{path.relative_to(TEMPLATES)}: {match.group()}"
        for path in sorted(TEMPLATES.rglob("*.html"))
        for match in INLINE.finditer(path.read_text())
    ]
    assert found == []
