"""A mirror of a pretalx event: its public schedule, asked with If-None-Match."""

import copy
import json

import pytest
from django.core.management import call_command

from podium.importers.mirror.models import Mirror
from podium.importers.mirror.run import run_mirror
from podium.program import models as m
from tests.importers.frab import documents as d

pytestmark = pytest.mark.django_db(transaction=True)

SCHEDULE = "/democon/schedule/export/schedule.json"


def test_pretalx_mirror_picks_up_a_change_and_then_asks_conditionally(source):
    source.files = {SCHEDULE: json.dumps(d.SCHEDULE).encode()}
    call_command(
        "mirror", "add", "camp", f"{source.root}/democon/", "--kind", "pretalx",
        "--every", "10m", "--allow-private-addresses",
    )  # fmt: skip
    mirror = Mirror.objects.get(event__slug="camp")
    keynote = m.Session.objects.get(frab_guid=d.KEYNOTE)
    changed = copy.deepcopy(d.SCHEDULE)
    for event in d.events_of(changed):
        if event["guid"] == d.KEYNOTE:
            event["title"] = "Keynote, renamed"
    source.files = {SCHEDULE: json.dumps(changed).encode()}
    source.requests.clear()
    assert run_mirror(mirror).error == ""
    assert m.Session.objects.get(pk=keynote.pk).title == "Keynote, renamed"
    mirror.refresh_from_db()
    source.requests.clear()
    assert run_mirror(mirror).result == "unchanged"
    assert source.requests == [(SCHEDULE, mirror.etag)]
