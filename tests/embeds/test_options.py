"""The embed options: label language, clock, photos and accent colour."""

import gettext
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

import podium.embeds
from podium.embeds.look import Look
from podium.program.models import Speaker
from podium.publish.models import Endpoint
from tests.embeds.html import fragment_tree, texts

LOCALE = Path(podium.embeds.__file__).resolve().parent / "locale"


def test_language_de_labels_in_german(demo):
    tree = fragment_tree(demo, "Sessions", Look(language="de"))
    assert [" ".join(label.text.split()) for label in tree.cssselect(".podium-filter")][0] == (
        "Beiträge filtern"
    )
    assert tree.get("lang") == "de"
    grid = fragment_tree(demo, "GridSmart", Look(language="de"))
    assert texts(grid.cssselect("[role=tab]")) == [
        "Freitag 29 Oktober",
        "Samstag 30 Oktober",
        "Sonntag 31 Oktober",
    ]


def test_clock_12h_writes_am_pm(demo):
    tree = fragment_tree(demo, "GridSmart", Look(clock="12h"))
    card = tree.cssselect("section.podium-day .podium-session")[0]
    assert texts(card.cssselect(".podium-meta")) == ["8:00 AM–9:00 AM · Foyer"]
    assert tree.get("data-clock") == "12h"


def test_photos_off_shows_initials(demo):
    Speaker.objects.filter(event=demo.event).update(profile_picture="https://photos.example/a.jpg")
    shown = fragment_tree(demo, "SpeakerWall", Look(photos=True))
    hidden = fragment_tree(demo, "SpeakerWall", Look(photos=False))
    assert (len(shown.cssselect("img")) > 0, hidden.cssselect("img")) == (True, [])
    assert len(hidden.cssselect(".podium-initials")) == len(hidden.cssselect(".podium-wall li"))


def test_accent_sets_the_custom_property(demo):
    tree = fragment_tree(demo, "Speakers", Look(accent="#8a1538"))
    assert tree.get("style") == "--p-accent:var(--podium-accent,#8a1538)"


def test_cli_accent_not_a_colour_is_refused(demo):
    with pytest.raises(CommandError) as raised:
        call_command("endpoint", "update", "demoembed", "--accent", "red", stdout=StringIO())
    assert str(raised.value) == "Give the accent colour as # and six hex digits, e.g. #1d5fa8."
    assert Endpoint.objects.get(pk="demoembed").embed_accent == ""


def test_cli_embed_options_saved_and_listed(demo):
    call_command(
        "endpoint", "update", "demoembed", "--accent", "#8A1538", "--clock", "12h",
        "--language", "de", "--no-photos", stdout=StringIO(),
    )  # fmt: skip
    endpoint = Endpoint.objects.get(pk="demoembed")
    assert (endpoint.embed_accent, endpoint.embed_clock, endpoint.embed_language) == (
        "#8A1538",
        "12h",
        "de",
    )
    out = StringIO()
    call_command("endpoint", "list", "demo", stdout=out)
    [line] = [line for line in out.getvalue().splitlines() if "accent=" in line]
    assert line.endswith("accent=#8A1538 clock=12h language=de photos=off")


def po_entries(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a .po file that writes each on one line."""
    pairs = re.findall(r'^msgid "(.*)"\nmsgstr "(.*)"$', path.read_text(), re.M)
    return {key: value for key, value in pairs if key}


def test_compiled_translations_match_the_po_file():
    po = LOCALE / "de" / "LC_MESSAGES" / "django.po"
    with (LOCALE / "de" / "LC_MESSAGES" / "django.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    entries = po_entries(po)
    assert len(entries) == 17
    assert {key: compiled.gettext(key) for key in entries} == entries
