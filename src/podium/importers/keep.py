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

    Returns the kept objects that the file lacks, as (kind, public id) pairs.
    """
    stale = {model: set(pks) for model, pks in plan.changes.stale}
    kept_pks: dict = {}
    kept = []
    for kind, model in TOP.items():
        known = {str(value) for value in imported.get(kind, [])}
        rows = model.objects.filter(
            **{OWNER.get(model, "event"): event}, pk__in=stale.get(model, ())
        )
        pairs = [(pk, public_id) for pk, public_id in rows.values_list("pk", "public_id")]
        mine = {pk: public_id for pk, public_id in pairs if str(public_id) not in known}
        if model is m.CategoryItem:  # an item cannot outlive its category
            going = stale.get(m.Category, set())
            parents = dict(rows.filter(pk__in=mine).values_list("pk", "category_id"))
            mine = {pk: value for pk, value in mine.items() if parents[pk] not in going}
        stale[model] = stale.get(model, set()) - set(mine)
        kept_pks[model] = set(mine)
        kept.extend((kind, public_id) for public_id in mine.values())
    for model, (parent, other) in CHILDREN.items():
        owners = kept_pks[TARGET[parent]]
        if not owners or model not in stale:
            continue
        rows = model.objects.filter(pk__in=stale[model], **{f"{parent}_id__in": owners})
        if other is not None:
            rows = rows.exclude(**{f"{other}_id__in": stale.get(TARGET[other], set())})
        stale[model] -= set(rows.values_list("pk", flat=True))
    unlink_rooms(plan, kept_pks[m.Session], stale.get(m.Room, set()))
    plan.changes.stale = [(model, sorted(stale[model])) for model, _ in plan.changes.stale]
    plan.changes.stale = [(model, pks) for model, pks in plan.changes.stale if pks]
    return kept


def unlink_rooms(plan: WritePlan, sessions: set, rooms: set) -> None:
    """Kept sessions in a room that goes: planned out of it, before the room is deleted."""
    if not sessions or not rooms:
        return
    rows = list(m.Session.objects.filter(pk__in=sessions, room_id__in=rooms).only("pk"))
    for row in rows:
        row.room_id = None
    if rows:
        plan.update(m.Session, rows, ["room"])
        plan.changes.updated += len(rows)
