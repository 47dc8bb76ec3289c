"""Slugs ignore case: an import names an existing event in other letters clearly."""

import pytest

from podium.demo.loader import demo_bytes
from podium.importers.errors import SessionizeError
from podium.importers.writer import import_sessionize
from podium.program.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def test_import_slug_case_twin_refused(db):
    EventFactory(slug="myconf")
    with pytest.raises(SessionizeError) as raised:
        import_sessionize(demo_bytes(), slug="MyConf")
    assert str(raised.value) == (
        "--event: 'MyConf' is taken by the event 'myconf' (slugs ignore case): "
        "use --event myconf to import into it"
    )
    assert list(Event.objects.values_list("slug", flat=True)) == ["myconf"]
