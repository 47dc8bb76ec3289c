"""Stable public ids for what a frab schedule holds, so a re-import updates in place.

Sessions are found again by their frab GUID (kept in ``frab_guid``), rooms by GUID or
name, categories, their items and questions by title. What is new gets an id: a
session its frab ``id`` when that is free (frab readers and links keep working), else
a number derived from its GUID; speakers their frab GUID, or one derived from their id.
"""

import uuid
from dataclasses import dataclass, field

from podium.importers.frab import schedule as f
from podium.program import models as m
from podium.publish.frab.ids import DERIVED_BASE, DERIVED_SPAN


@dataclass
class IdBook:
    """The public ids an event already uses, read once before its re-import."""

    session_by_guid: dict[str, str] = field(default_factory=dict)
    room_by_guid: dict[str, int] = field(default_factory=dict)
    room_by_name: dict[str, int] = field(default_factory=dict)
    category_by_title: dict[str, int] = field(default_factory=dict)
    item_by_name: dict[tuple[str, str], int] = field(default_factory=dict)
    question_by_title: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, event: m.Event | None) -> "IdBook":
        if event is None:
            return cls()
        rooms = m.Room.objects.filter(event=event).values_list("public_id", "name", "frab_guid")
        items = m.CategoryItem.objects.filter(event=event)
        return cls(
            session_by_guid=dict(
                m.Session.objects.filter(event=event)
                .exclude(frab_guid="")
                .values_list("frab_guid", "public_id")
            ),
            room_by_guid={guid: pk for pk, _, guid in rooms if guid},
            room_by_name={name: pk for pk, name, _ in rooms},
            category_by_title={
                title: pk
                for pk, title in m.Category.objects.filter(event=event).values_list(
                    "public_id", "title"
                )
            },
            item_by_name={
                (title, name): pk
                for pk, title, name in items.values_list("public_id", "category__title", "name")
            },
            question_by_title={
                title: pk
                for pk, title in m.Question.objects.filter(event=event).values_list(
                    "public_id", "question"
                )
            },
        )


def session_ids(events: list[f.Event], book: IdBook) -> dict[str, str]:
    """Event GUID -> session public id: the same id as last time, else the frab id."""
    ids = {e.guid: book.session_by_guid[e.guid] for e in events if e.guid in book.session_by_guid}
    taken = set(ids.values())
    waiting = [e for e in events if e.guid not in ids]
    for event in waiting:
        wanted = str(event.id) if event.id and event.id > 0 else None
        if wanted and wanted not in taken:
            ids[event.guid] = wanted
            taken.add(wanted)
    for event in waiting:
        if event.guid not in ids:
            # A repeated frab id (pretalx gives every slot of one submission its id).
            number = DERIVED_BASE + uuid.UUID(event.guid).int % DERIVED_SPAN
            while str(number) in taken:
                number = DERIVED_BASE + (number - DERIVED_BASE + 1) % DERIVED_SPAN
            ids[event.guid] = str(number)
            taken.add(str(number))
    return ids


def speaker_id(person: f.Person) -> str:
    kind, value = person.key
    if kind == "guid":
        return value
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"podium:frab-person/{kind}/{value}"))


class Counter:
    """Integer public ids: a known one when no other row took it, else a fresh one."""

    def __init__(self, *known: dict):
        self.used = {number for ids in known for number in ids.values()}
        self.assigned: set[int] = set()

    def id_for(self, *candidates: int | None) -> int:
        number = next((n for n in candidates if n is not None and n not in self.assigned), None)
        if number is None:
            # Above every id in use, so it cannot take one that a later row will claim.
            number = max(self.used | self.assigned, default=0) + 1
        self.assigned.add(number)
        return number
