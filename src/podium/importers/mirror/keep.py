"""Keep podium's edits: plan a mirror's writes so that edited objects stay as they are.

An object podium edited since the last applied run keeps its row and its own parts (a
session its speakers, chosen items and answers; a category its items), even when the
source changed or removed it; an object podium deleted is not brought back. A kept
object's references to what the source removed are dropped (a session's room, say).
"""

from podium.importers import program as p
from podium.importers.mirror.fingerprints import columns
from podium.importers.store import ProgramWriter
from podium.program import models as m

KIND = {m.Room: "room", m.Question: "question", m.Category: "category"}
KIND |= {m.Speaker: "speaker", m.Session: "session"}
OWNERS = {"speaker": m.Speaker, "session": m.Session}


class KeepingWriter(ProgramWriter):
    def __init__(self, event, plan, edited: set[str]):
        super().__init__(event, plan)
        self.edited = edited
        self.kept: dict = {}  # model -> pks of the rows that stay or are written
        self.guarded: dict = {}  # model -> pks of edited rows, left as they are

    def is_edited(self, model, row) -> bool:
        if model is m.CategoryItem:
            return row.category_id in self.guarded.get(m.Category, set())
        return f"{KIND[model]}:{row.public_id}" in self.edited

    def top(self, model, wanted: dict) -> dict:
        guarded = set()
        rows = model.objects.filter(event_id=self.event.pk) if self.edited else ()
        for row in rows:
            values = self.as_is(model, row) if self.is_edited(model, row) else None
            if values is not None:
                wanted[row.public_id] = values
                guarded.add(row.pk)
        self.guarded[model] = guarded
        rows = super().top(model, wanted)
        self.kept[model] = {row.pk for row in rows.values()}
        return rows

    def child(self, model, parent: str, second: str, wanted: dict) -> None:
        guarded = self.guarded.get(OWNERS[parent], set())
        if guarded:
            wanted = {key: values for key, values in wanted.items() if key[0] not in guarded}
            for row in model.objects.filter(**{f"{parent}_id__in": guarded}):
                values = self.as_is(model, row)
                if values is not None:
                    wanted[getattr(row, f"{parent}_id"), getattr(row, second)] = values
        super().child(model, parent, second, wanted)

    def as_is(self, model, row) -> dict | None:
        """The row's values as they are; None when it points at a row that goes."""
        values = {name: getattr(row, name) for name in columns(model)}
        for field in model._meta.concrete_fields:
            kept = self.kept.get(field.related_model) if field.is_relation else None
            if kept is not None and values[field.attname] not in kept:
                if not field.null:
                    return None
                values[field.attname] = None
        return values


def drop_deleted(program: p.ParsedProgram, deleted: set[str]) -> None:
    """Leave out of ``program`` the objects podium deleted, and every mention of them."""
    gone = {kind: set() for kind in ("room", "question", "category", "speaker", "session")}
    for key in deleted:
        kind, _, public_id = key.partition(":")
        gone[kind].add(public_id)
    program.rooms = [r for r in program.rooms if str(r.id) not in gone["room"]]
    program.questions = [q for q in program.questions if str(q.id) not in gone["question"]]
    items = {i.id for c in program.categories if str(c.id) in gone["category"] for i in c.items}
    program.categories = [c for c in program.categories if str(c.id) not in gone["category"]]
    program.speakers = [s for s in program.speakers if s.id not in gone["speaker"]]
    program.sessions = [s for s in program.sessions if s.id not in gone["session"]]
    questions = {int(q) for q in gone["question"]}
    for owner in (*program.sessions, *program.speakers):
        owner.item_ids = [i for i in owner.item_ids if i not in items]
        owner.answers = [a for a in owner.answers if a.question_id not in questions]
    for session in program.sessions:
        session.speaker_ids = [s for s in session.speaker_ids if s not in gone["speaker"]]
        if str(session.room_id) in gone["room"]:
            session.room_id = None
    for speaker in program.speakers:
        speaker.session_ids = [s for s in speaker.session_ids if s not in gone["session"]]
