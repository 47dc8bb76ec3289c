"""Load the demo event (a Sessionize ``All`` file shipped in the package)."""

from importlib import resources

from django.db import transaction

from podium.demo.endpoints import ensure_demo_endpoints
from podium.importers.writer import import_sessionize
from podium.program.models import Event

DEMO_SLUG = "demo"
DEMO_NAME = "Harbour Open Source Days 2027"
DEMO_TIME_ZONE = "Europe/Copenhagen"


def demo_bytes() -> bytes:
    """The demo program exactly as the importer reads it."""
    return resources.files("podium.demo.data").joinpath("all.json").read_bytes()


def load_demo() -> Event:
    """Import (or re-import) the demo event and its endpoints, in one transaction.

    Re-importing keeps every id, so the demo endpoints and their URLs stay the same;
    edits made to the demo event since the last load are replaced by the file.
    """
    with transaction.atomic():
        result = import_sessionize(
            demo_bytes(), slug=DEMO_SLUG, name=DEMO_NAME, time_zone=DEMO_TIME_ZONE
        )
        event = result.event
        wanted = {"name": DEMO_NAME, "time_zone": DEMO_TIME_ZONE, "schedule_announced": True}
        changed = [field for field, value in wanted.items() if getattr(event, field) != value]
        if changed:
            for field in changed:
                setattr(event, field, wanted[field])
            event.save()
        ensure_demo_endpoints(event)
    return event
