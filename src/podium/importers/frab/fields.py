"""Typed values of a frab document, each checked at its location (see parse.py)."""

import datetime as dt
import re
import uuid

from podium.importers.frab.schedule import Reference
from podium.importers.reader import Node, check_int, describe, fail

DURATION = re.compile(r"(\d{1,3}):([0-5]\d)(?::([0-5]\d))?")


def text(node: Node, key: str, *, limit: int | None = None) -> str | None:
    """An optional string; missing, null and empty all mean none."""
    value = node.string(key, null=True, default=None)
    if value is not None and limit is not None and len(value) > limit:
        raise fail(node.at(key), f"{len(value)} characters, more than the {limit} podium stores")
    return value or None


def bounded(node: Node, key: str, limit: int) -> str:
    """A required, non-empty string of at most ``limit`` characters."""
    value = node.string(key)
    if not value.strip():
        raise fail(node.at(key), "must not be empty")
    if len(value) > limit:
        raise fail(node.at(key), f"{len(value)} characters, more than the {limit} podium stores")
    return value


def guid(node: Node, key: str, *, required: bool = False) -> str | None:
    value = node.string(key) if required else node.string(key, null=True, default=None)
    if not value and not required:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise fail(node.at(key), f"{describe(value)} is not a GUID (a UUID)") from None


def optional_int(node: Node, key: str) -> int | None:
    value = node.value.get(key)
    return None if value is None else check_int(value, node.at(key))


def moment(node: Node, key: str) -> dt.datetime:
    value = node.string(key)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise fail(
            node.at(key),
            f"{value!r} is not a date and time with its UTC offset, like 2027-05-12T09:30:00+02:00",
        )
    return parsed


def duration(node: Node, key: str) -> dt.timedelta:
    value = node.string(key)
    match = DURATION.fullmatch(value.strip())
    if not match:
        raise fail(node.at(key), f"{value!r} is not a duration like 00:45 (hours:minutes)")
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)


def flag(node: Node, key: str) -> bool:
    """A recording flag: true, false or null; c3voc files also spell it as a string."""
    value = node.value.get(key)
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false", ""):
        return value.strip().lower() == "true"
    raise fail(node.at(key), f"expected true, false or null, found {describe(value)}")


def references(node: Node, key: str) -> tuple[Reference, ...]:
    result = []
    for link in node.objects(key, default=[]):
        url = link.string("url")
        if not url.startswith(("http://", "https://")):
            raise fail(link.at("url"), f"{describe(url)} is not an http(s) URL")
        if len(url) > 1000:
            raise fail(link.at("url"), f"{len(url)} characters, more than the 1000 podium stores")
        title = text(link, "title", limit=200)
        result.append(Reference(url=url, title=title, type=text(link, "type")))
    return tuple(result)
