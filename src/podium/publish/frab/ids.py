"""Identifiers the frab format needs and the wire data lacks, derived deterministically."""

import re
import unicodedata
import uuid

NUMERIC = re.compile(r"^[0-9]+$")
# Derived ids of GUID (service) sessions: above Sessionize's numeric ids, below 2**31
# because many frab readers keep ids in 32-bit integers.
DERIVED_BASE = 1_000_000_000
DERIVED_SPAN = 1_000_000_000


def frab_acronym(event_slug: str) -> str:
    """The event slug in the c3voc acronym alphabet: lowercase, digits and ``_``."""
    return re.sub(r"[^a-z0-9_]", "_", event_slug.lower()).ljust(4, "_")


def session_guid(event_slug: str, session_id: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"podium:event/{event_slug}/session/{session_id}"))


def room_guid(event_slug: str, room_id: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"podium:event/{event_slug}/room/{room_id}"))


def person_guid(event_slug: str, speaker_id: str) -> str:
    """Speaker ids are GUIDs already; anything else gets a derived one."""
    try:
        return str(uuid.UUID(speaker_id))
    except ValueError:
        return str(
            uuid.uuid5(uuid.NAMESPACE_URL, f"podium:event/{event_slug}/speaker/{speaker_id}")
        )


def numeric_ids(session_ids: list[str]) -> dict[str, int]:
    """A positive integer per session: numeric ids as they are, GUIDs hashed.

    GUIDs are taken in sorted order so a collision resolves the same way whatever the
    schedule's order; the id stays the same as long as the GUID does.
    """
    ids = {sid: int(sid) for sid in session_ids if NUMERIC.match(sid) and int(sid) > 0}
    used = set(ids.values())
    for sid in sorted(set(session_ids) - ids.keys()):
        digest = int(uuid.uuid5(uuid.NAMESPACE_URL, f"podium:session/{sid}").hex[:12], 16)
        number = DERIVED_BASE + digest % DERIVED_SPAN
        while number in used:
            number = DERIVED_BASE + (number - DERIVED_BASE + 1) % DERIVED_SPAN
        used.add(number)
        ids[sid] = number
    return ids


def title_slug(title: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "session"


def event_slug(acronym: str, number: int, title: str) -> str:
    """``<acronym>-<id>-<title>``, the shape c3voc tools expect."""
    return f"{acronym}-{number}-{title_slug(title)}"
