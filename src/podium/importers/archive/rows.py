"""Create an event's rows from checked archive rows, in archive order, in bulk.

Creating in archive order gives the records the relative primary-key order they had
when exported, which is what breaks ties in the published order.
"""

from podium.importers.archive.parse import Row
from podium.program import models as m
from podium.publish.models import Endpoint

BATCH = 500
# (model, parent, list key, the kind of record each child refers to)
CHILDREN = (
    (m.SpeakerLink, "speaker", "links", None),
    (m.SpeakerItem, "speaker", "items", "item"),
    (m.SpeakerAnswer, "speaker", "answers", "question"),
    (m.SessionSpeaker, "session", "speakers", "speaker"),
    (m.SessionItem, "session", "items", "item"),
    (m.SessionAnswer, "session", "answers", "question"),
)


def create(model, values: list[dict]) -> list:
    return model.objects.bulk_create([model(**fields) for fields in values], batch_size=BATCH)


def write_rows(event: m.Event, tables: dict[str, list[Row]]) -> list[Endpoint]:
    """Create every record of ``tables`` in ``event``; returns the endpoints in order."""
    writer = RowWriter(event)
    writer.top(m.Room, "room", tables["rooms"])
    categories = writer.top(m.Category, "category", tables["categories"])
    items = [(item, c.pk) for row, c in categories for item in row.children["items"]]
    writer.top(
        m.CategoryItem,
        "item",
        [item for item, _ in items],
        [{**item.fields, "category_id": parent} for item, parent in items],
    )
    writer.top(m.Question, "question", tables["questions"])
    owners = {"speaker": writer.top(m.Speaker, "speaker", tables["speakers"])}
    sessions = tables["sessions"]
    rooms = [
        {**row.fields, "room_id": writer.ref("room", row.references["room"])} for row in sessions
    ]
    owners["session"] = writer.top(m.Session, "session", sessions, rooms)
    for model, parent, key, reference in CHILDREN:
        writer.children(model, parent, owners[parent], key, reference)
    return writer.endpoints(tables["endpoints"])


class RowWriter:
    def __init__(self, event: m.Event):
        self.event = event
        self.pks: dict[str, dict] = {}  # kind -> {public id: pk}

    def ref(self, kind: str, public_id) -> int | None:
        return None if public_id is None else self.pks[kind][public_id]

    def top(self, model, kind: str, rows: list[Row], values: list[dict] | None = None):
        """Create rows that belong to the event; returns (row, object) pairs."""
        values = [row.fields for row in rows] if values is None else values
        made = create(model, [{**fields, "event_id": self.event.pk} for fields in values])
        pairs = list(zip(rows, made, strict=True))
        self.pks[kind] = {row.fields["public_id"]: obj.pk for row, obj in pairs}
        return pairs

    def children(self, model, parent: str, owners, key: str, reference: str | None) -> None:
        values = []
        for row, owner in owners:
            for child in row.children[key]:
                fields = {**child.fields, f"{parent}_id": owner.pk}
                if reference:
                    fields[f"{reference}_id"] = self.ref(reference, child.references[reference])
                values.append(fields)
        create(model, values)

    def endpoints(self, rows: list[Row]) -> list[Endpoint]:
        made = create(
            Endpoint,
            [
                {
                    **row.fields,
                    "event_id": self.event.pk,
                    "group_by_id": self.ref("category", row.references["group_by"]),
                }
                for row in rows
            ],
        )
        for key, kind in (("exposed_categories", "category"), ("exposed_questions", "question")):
            pairs = [
                {"endpoint_id": row.fields["id"], f"{kind}_id": self.ref(kind, value)}
                for row in rows
                for value in row.references[key]
            ]
            create(getattr(Endpoint, key).through, pairs)
        return made
