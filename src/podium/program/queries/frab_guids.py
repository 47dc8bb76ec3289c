"""The GUIDs an event's rooms and sessions kept from a frab import, for its frab exports."""

from dataclasses import dataclass, field

from podium.program import models as m


@dataclass(frozen=True)
class FrabGuids:
    sessions: dict[str, str] = field(default_factory=dict)  # session public id -> GUID
    rooms: dict[int, str] = field(default_factory=dict)  # room public id -> GUID


def kept_frab_guids(event_id: int) -> FrabGuids:
    """Two queries whatever the event's size; rows without a kept GUID are left out."""
    sessions = m.Session.objects.filter(event_id=event_id).exclude(frab_guid="")
    rooms = m.Room.objects.filter(event_id=event_id).exclude(frab_guid="")
    return FrabGuids(
        sessions=dict(sessions.values_list("public_id", "frab_guid")),
        rooms=dict(rooms.values_list("public_id", "frab_guid")),
    )
