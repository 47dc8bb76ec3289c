"""Keep objects an import would delete: those it did not bring in itself.

An import makes the event's program equal its file, so objects the file lacks are
planned for deletion. :func:`keep_others` takes back from a plan's deletions the
objects whose public ids are not among ``imported`` (the ids an earlier import wrote:
the others were made by hand), with their links, answers and chosen items. A kept
object that points at a deleted one loses that link (a session its room), never the
whole object.
"""

from podium.importers.plan import WritePlan
from podium.program import models as m

# Objects with public ids, by the key the archive and ``imported`` use; parents first.
TOP = {
    "rooms": m.Room,
    "categories": m.Category,
    "items": m.CategoryItem,
    "questions": m.Question,
    "speakers": m.Speaker,
    "sessions": m.Session,
}
OWNER = {m.CategoryItem: "category__event"}
# Rows that belong to a top object (their parent) and may point at another one.
CHILDREN = {
    m.SpeakerLink: ("speaker", None),
    m.SpeakerItem: ("speaker", "item"),
    m.SpeakerAnswer: ("speaker", "question"),
    m.SessionSpeaker: ("session", "speaker"),
    m.SessionItem: ("session", "item"),
    m.SessionAnswer: ("session", "question"),
}
TARGET = {
    "speaker": m.Speaker,
    "session": m.Session,
    "item": m.CategoryItem,
    "question": m.Question,
}


def keep_others(plan: WritePlan, event: m.Event, imported: dict[str, list]) -> list[tuple]:
    """Drop from ``plan``'s deletions what earlier imports did not write.

    Returns the kept objects that the file lacks, as (kind, public id) pairs. Reads each
    table of the event once (no lists of ids in the queries, whatever the event's size).
    """
    stale = {model: set(pks) for model, pks in plan.changes.stale}
    kept_pks: dict = {}
    kept = []
    for kind, model in TOP.items():
        known = {str(value) for value in imported.get(kind, [])}
        going = stale.get(model, set())
        rows = model.objects.filter(**{OWNER.get(model, "event"): event})
        if model is m.CategoryItem:  # an item cannot outlive its category
            lost = stale.get(m.Category, set())
            listed = rows.values_list("pk", "public_id", "category_id")
            pairs = [(pk, public_id) for pk, public_id, parent in listed if parent not in lost]
        else:
            pairs = rows.values_list("pk", "public_id")
        mine = {
            pk: public_id for pk, public_id in pairs if pk in going and str(public_id) not in known
        }
        stale[model] = going - set(mine)
        kept_pks[model] = set(mine)
        kept.extend((kind, public_id) for public_id in mine.values())
    for model, (parent, other) in CHILDREN.items():
        owners = kept_pks[TARGET[parent]]
        if not owners or model not in stale:
            continue
        lost = stale.get(TARGET[other], set()) if other else set()
        columns = ("pk", f"{parent}_id", f"{other or parent}_id")
        rows = model.objects.filter(**{f"{parent}__event": event}).values_list(*columns)
        stale[model] -= {pk for pk, owner, target in rows if owner in owners and target not in lost}
    unlink_rooms(plan, event, kept_pks[m.Session], stale.get(m.Room, set()))
    plan.changes.stale = [(model, sorted(stale[model])) for model, _ in plan.changes.stale]
    plan.changes.stale = [(model, pks) for model, pks in plan.changes.stale if pks]
    return kept


def unlink_rooms(plan: WritePlan, event: m.Event, sessions: set, rooms: set) -> None:
    """Kept sessions in a room that goes: planned out of it, before the room is deleted."""
    if not sessions or not rooms:
        return
    listed = m.Session.objects.filter(event=event).values_list("pk", "room_id")
    rows = [
        m.Session(pk=pk, room_id=None) for pk, room in listed if pk in sessions and room in rooms
    ]
    if rows:
        plan.update(m.Session, rows, ["room"])
        plan.changes.updated += len(rows)
