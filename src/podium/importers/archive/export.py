"""Write an event's whole program and endpoints as an archive (a JSON-ready dict).

Every table is read with one query, from one snapshot of the database, so the archive
is one consistent state however large the event is. Records are listed in the order
podium created them (which breaks ties in the published order), children in their
list order; restoring creates them in the same order.
"""

from collections import defaultdict

from podium.importers.archive import layout as a
from podium.importers.archive.values import encode
from podium.program import models as m
from podium.program.snapshot import consistent_read
from podium.publish.models import Endpoint

CHILD_ORDER = ("position", "pk")


def export_event(event: m.Event) -> dict:
    """The archive of ``event`` as plain JSON data (see docs/archive.md)."""
    with consistent_read():
        return Exporter(m.Event.objects.get(pk=event.pk)).archive()


def record(layout: a.Layout, row: dict) -> dict:
    """The plain keys of one row: its id, then its columns in layout order."""
    out = {"id": row[layout.id_field]} if layout.id_field else {}
    for key in layout.plain:
        out[key] = encode(row[key])
    return out


def columns(layout: a.Layout, *extra: str) -> list[str]:
    return ["pk", *([layout.id_field] if layout.id_field else []), *layout.plain, *extra]


class Exporter:
    def __init__(self, event: m.Event):
        self.event = event

    def rows(self, model, layout: a.Layout, *extra: str, order=("pk",), **lookup):
        lookup = lookup or {"event": self.event}
        return model.objects.filter(**lookup).order_by(*order).values(*columns(layout, *extra))

    def archive(self) -> dict:
        rooms = list(self.rows(m.Room, a.ROOM))
        categories = list(self.rows(m.Category, a.CATEGORY))
        items = list(self.rows(m.CategoryItem, a.ITEM, "category_id"))
        questions = list(self.rows(m.Question, a.QUESTION))
        speakers = list(self.rows(m.Speaker, a.SPEAKER))
        sessions = list(self.rows(m.Session, a.SESSION, "room_id"))
        self.ids = {
            "room": {row["pk"]: row["public_id"] for row in rooms},
            "item": {row["pk"]: row["public_id"] for row in items},
            "question": {row["pk"]: row["public_id"] for row in questions},
            "speaker": {row["pk"]: row["public_id"] for row in speakers},
            "category": {row["pk"]: row["public_id"] for row in categories},
        }
        items_of = defaultdict(list)
        for row in items:
            items_of[row["category_id"]].append(record(a.ITEM, row))
        return {
            "format": a.FORMAT,
            "version": a.VERSION,
            "event": record(a.EVENT, {key: getattr(self.event, key) for key in a.EVENT.plain}),
            "rooms": [record(a.ROOM, row) for row in rooms],
            "categories": [
                {**record(a.CATEGORY, row), "items": items_of[row["pk"]]} for row in categories
            ],
            "questions": [record(a.QUESTION, row) for row in questions],
            "speakers": self.speakers(speakers),
            "sessions": self.sessions(sessions),
            "endpoints": self.endpoints(),
        }

    def children(self, model, layout: a.Layout, parent: str, reference: str | None) -> dict:
        """{parent pk: [child records]}; ``reference`` names the column another record's id."""
        extra = [f"{parent}_id"] + ([f"{reference}_id"] if reference else [])
        rows = self.rows(
            model, layout, *extra, order=CHILD_ORDER, **{f"{parent}__event": self.event}
        )
        out = defaultdict(list)
        for row in rows:
            first = {reference: self.ids[reference][row[f"{reference}_id"]]} if reference else {}
            out[row[f"{parent}_id"]].append({**first, **record(layout, row)})
        return out

    def speakers(self, rows: list[dict]) -> list[dict]:
        links = self.children(m.SpeakerLink, a.LINK, "speaker", None)
        items = self.children(m.SpeakerItem, a.CHOSEN, "speaker", "item")
        answers = self.children(m.SpeakerAnswer, a.ANSWER, "speaker", "question")
        return [
            {
                **record(a.SPEAKER, row),
                "links": links[row["pk"]],
                "items": items[row["pk"]],
                "answers": answers[row["pk"]],
            }
            for row in rows
        ]

    def sessions(self, rows: list[dict]) -> list[dict]:
        speakers = self.children(m.SessionSpeaker, a.SESSION_SPEAKER, "session", "speaker")
        items = self.children(m.SessionItem, a.CHOSEN, "session", "item")
        answers = self.children(m.SessionAnswer, a.ANSWER, "session", "question")
        rooms = self.ids["room"]
        return [
            {
                **record(a.SESSION, row),
                "room": rooms[row["room_id"]] if row["room_id"] is not None else None,
                "speakers": speakers[row["pk"]],
                "items": items[row["pk"]],
                "answers": answers[row["pk"]],
            }
            for row in rows
        ]

    def endpoints(self) -> list[dict]:
        rows = self.rows(Endpoint, a.ENDPOINT, "group_by_id", order=("created_at", "id"))
        exposed = {"category": defaultdict(list), "question": defaultdict(list)}
        for kind, through in (
            ("category", Endpoint.exposed_categories.through),
            ("question", Endpoint.exposed_questions.through),
        ):
            pairs = through.objects.filter(endpoint__event=self.event)
            for endpoint_id, target in pairs.values_list("endpoint_id", f"{kind}_id"):
                exposed[kind][endpoint_id].append(self.ids[kind][target])
        categories = self.ids["category"]
        return [
            {
                **record(a.ENDPOINT, row),
                "group_by": categories[row["group_by_id"]] if row["group_by_id"] else None,
                "exposed_categories": sorted(exposed["category"][row["pk"]]),
                "exposed_questions": sorted(exposed["question"][row["pk"]]),
            }
            for row in rows
        ]
