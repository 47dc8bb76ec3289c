"""Fresh public ids of the kinds the wire format uses, unique within one event."""

import uuid

from django.db.models import Max


def new_guid() -> str:
    return str(uuid.uuid4())


def next_int_id(model, event_id: int, floor: int = 1) -> int:
    """One above the highest integer public id of ``model`` in the event."""
    highest = model.objects.filter(event_id=event_id).aggregate(top=Max("public_id"))["top"]
    return max(highest or 0, floor - 1) + 1


def next_session_id(event_id: int) -> str:
    """A numeric-string session id above every numeric one the event holds."""
    from podium.program.models import Session

    ids = Session.objects.filter(event_id=event_id).values_list("public_id", flat=True)
    numeric = [int(value) for value in ids if value.isdigit()]
    return str(max(numeric, default=100000) + 1)
