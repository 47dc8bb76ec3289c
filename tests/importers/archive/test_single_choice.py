"""A category's "one choice only" survives an archive; an archive without the key reads as off."""

import copy

import pytest

from podium.importers.archive import export_event, restore_event
from podium.program.models import Category, Event
from tests.importers.archive.test_export import EXPECTED

pytestmark = pytest.mark.django_db


def test_single_choice_round_trips():
    archive = copy.deepcopy(EXPECTED)
    archive["categories"][0]["single_choice"] = True
    restore_event(archive)
    event = Event.objects.get(slug=EXPECTED["event"]["slug"])
    assert list(Category.objects.order_by("sort").values_list("title", "single_choice")) == [
        ("Track", True),
        ("Expertise", False),
    ]
    assert export_event(event) == archive


def test_archive_without_single_choice_restores_it_off():
    archive = copy.deepcopy(EXPECTED)
    for category in archive["categories"]:
        del category["single_choice"]
    restore_event(archive)
    assert list(Category.objects.values_list("single_choice", flat=True)) == [False, False]
