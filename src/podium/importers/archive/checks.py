"""Checks across the rows of an archive: unique ids and references that resolve.

Also the rules that podium's forms and importers enforce beyond the columns: a slug
that is a slug, a real time zone, non-empty ids, a session's start and end together.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug

from podium.importers.archive.parse import Row
from podium.importers.errors import SessionizeError
from podium.importers.integrity import unique
from podium.importers.reader import fail
from podium.importers.times import zone_names

ENDPOINT_ID = re.compile(r"[a-z0-9]{8,12}")


def check_archive(event: dict, tables: dict[str, list[Row]]) -> None:
    check_event(event)
    for row in tables["speakers"] + tables["sessions"]:
        if not row.fields["public_id"].strip():
            raise fail(f"{row.where}.id", "must not be empty")
    for row in tables["sessions"]:
        check_times(row)
    for row in tables["endpoints"]:
        if not ENDPOINT_ID.fullmatch(row.fields["id"]):
            raise fail(f"{row.where}.id", "use 8 to 12 lowercase letters and digits")
    References(tables).check()


def check_event(event: dict) -> None:
    try:
        validate_slug(event["slug"])
    except ValidationError:
        raise fail("event.slug", f"{event['slug']!r} is not a slug") from None
    if not event["name"].strip():
        raise fail("event.name", "must not be empty")
    if event["time_zone"] not in zone_names():
        raise fail("event.time_zone", f"{event['time_zone']!r} is not an IANA time zone")


def check_times(row: Row) -> None:
    start, end = row.fields["starts_at"], row.fields["ends_at"]
    if (start is None) != (end is None):
        given, absent = ("starts_at", "ends_at") if end is None else ("ends_at", "starts_at")
        raise fail(f"{row.where}.{absent}", f"null while {given} is set: give both or neither")
    if start is not None and end < start:
        raise fail(f"{row.where}.ends_at", "before starts_at")


def ids(rows: list[Row], key: str = "public_id") -> dict:
    return unique((row.fields[key], row.where) for row in rows)


class References:
    def __init__(self, tables: dict[str, list[Row]]):
        self.tables = tables
        self.known = {
            "room": ids(tables["rooms"]),
            "category": ids(tables["categories"]),
            "item": ids([item for c in tables["categories"] for item in c.children["items"]]),
            "question": ids(tables["questions"]),
            "speaker": ids(tables["speakers"]),
        }
        ids(tables["sessions"])
        ids(tables["endpoints"], "id")

    def check(self) -> None:
        for row in self.tables["sessions"]:
            self.resolve(f"{row.where}.room", "room", row.references["room"])
            self.once(row.children["speakers"], "speaker")
        for row in self.tables["speakers"] + self.tables["sessions"]:
            self.once(row.children["items"], "item")
            self.once(row.children["answers"], "question")
        for row in self.tables["endpoints"]:
            self.resolve(f"{row.where}.group_by", "category", row.references["group_by"])
            for key, kind in (
                ("exposed_categories", "category"),
                ("exposed_questions", "question"),
            ):
                values = row.references[key]
                for j, value in enumerate(values):
                    where = f"{row.where}.{key}[{j}]"
                    self.resolve(where, kind, value)
                    if value in values[:j]:
                        raise fail(where, f"{value} is listed twice")

    def resolve(self, where: str, kind: str, value: object) -> None:
        if value is not None and value not in self.known[kind]:
            plural = "categories" if kind in ("category", "item") else f"{kind}s"
            article = "an" if kind == "item" else "a"
            raise SessionizeError(
                f'{where}: {value!r} is not the id of {article} {kind} in "{plural}"'
            )

    def once(self, children: list[Row], key: str) -> None:
        """Each child names a different ``key`` record, and one that exists."""
        seen: dict = {}
        for child in children:
            value = child.references[key]
            where = f"{child.where}.{key}"
            self.resolve(where, key, value)
            if value in seen:
                raise fail(where, f"{value!r} is listed twice (first at {seen[value]})")
            seen[value] = where
