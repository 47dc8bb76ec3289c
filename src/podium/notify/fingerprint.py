"""What changed between two publications of an endpoint, by id and field.

A publication's *state* holds, for each published session, speaker and room, a short
digest of each of its fields, taken from the typed publication records
(podium/publish/records); the rest of the publication (event, custom fields) gets one
digest per part. Comparing two states names what was added, removed and changed, and
which fields changed, without keeping the old publication itself.
"""

import hashlib

from podium.publish.records import Publication

# Field name in the summary -> the record attributes it covers.
SESSION_FIELDS = {
    "title": ("title",),
    "description": ("description",),
    "time": ("starts", "ends"),
    "room": ("room",),
    "speakers": ("speaker_ids",),
    "status": ("status", "is_informed", "is_confirmed"),
    "kind": ("is_service_session", "is_plenum_session"),
    "links": ("live_url", "recording_url"),
    "customFields": ("items", "answers"),
}
SPEAKER_FIELDS = {
    "name": ("first_name", "last_name", "full_name"),
    "bio": ("bio",),
    "tagLine": ("tag_line",),
    "picture": ("profile_picture",),
    "topSpeaker": ("is_top_speaker",),
    "links": ("links",),
    "sessions": ("session_ids",),
    "customFields": ("items", "answers"),
}
ROOM_FIELDS = {"name": ("name",), "order": ("sort",)}
KINDS = ("sessions", "speakers", "rooms")


def digest(value: object) -> str:
    # Records are frozen dataclasses of plain values: their repr is their value.
    return hashlib.blake2b(repr(value).encode(), digest_size=6).hexdigest()


def fields_of(record, fields: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {
        name: digest(tuple(value_of(record, attribute) for attribute in attributes))
        for name, attributes in fields.items()
    }


def value_of(record, attribute: str) -> object:
    value = getattr(record, attribute)
    # A session names its room by id: renaming the room is a change of the room alone.
    return value.id if attribute == "room" and value is not None else value


def state_of(publication: Publication) -> dict:
    """The digests of one publication, as JSON-ready values."""
    return {
        "sessions": {s.id: fields_of(s, SESSION_FIELDS) for s in publication.sessions},
        "speakers": {s.id: fields_of(s, SPEAKER_FIELDS) for s in publication.speakers},
        "rooms": {str(r.id): fields_of(r, ROOM_FIELDS) for r in publication.rooms},
        "other": {
            "event": digest(
                (publication.event, publication.schedule_visible, publication.utc_times)
            ),
            "customFields": digest((publication.categories, publication.questions)),
        },
    }


def compare(before: dict | None, after: dict) -> dict:
    """The summary of the change from state ``before`` (None: nothing yet) to ``after``."""
    before = before or {kind: {} for kind in KINDS} | {"other": {}}
    summary = {}
    for kind in KINDS:
        old, new = before[kind], after[kind]
        summary[kind] = {
            "added": [typed(kind, key) for key in new if key not in old],
            "removed": [typed(kind, key) for key in old if key not in new],
            "changed": [
                {"id": typed(kind, key), "fields": changed_fields(old[key], fields)}
                for key, fields in new.items()
                if key in old and old[key] != fields
            ],
        }
    summary["other"] = [
        name for name, value in after["other"].items() if before["other"].get(name) != value
    ]
    return summary


def changed_fields(old: dict[str, str], new: dict[str, str]) -> list[str]:
    return [name for name, value in new.items() if old.get(name) != value]


def typed(kind: str, key: str) -> str | int:
    # Rooms have numeric ids on the wire; JSON object keys are always text.
    return int(key) if kind == "rooms" else key


def is_empty(summary: dict) -> bool:
    return not summary["other"] and not any(
        summary[kind][part] for kind in KINDS for part in ("added", "removed", "changed")
    )
