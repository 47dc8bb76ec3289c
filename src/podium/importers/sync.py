"""Bring a table in line with wanted rows: keep, update and create in bulk; delete last.

Rows are matched by a key (a public id, or parent pks); a kept row keeps its pk, so
anything pointing at it (an endpoint's exposed questions, say) survives. Stale rows are
only collected here: :meth:`Changes.delete_stale` removes them after every table has
been written, so a row that moved (an item to another category) is never cascaded away.
"""

from dataclasses import dataclass, field

from django.db import connections, router
from django.utils import timezone

BATCH = 500


@dataclass
class Changes:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    stale: list[tuple[object, list[int]]] = field(default_factory=list, repr=False)

    def delete_stale(self, leaves: tuple) -> None:
        """Delete the collected rows: ``leaves`` first, then parents before grandparents.

        A table is cleared with plain SQL when everything that can refer to its rows has
        been dealt with already; otherwise (an endpoint's exposed questions...) through
        the ORM, which applies cascades and SET_NULL.
        """
        ordered = [s for s in self.stale if s[0] in leaves] + [
            s for s in reversed(self.stale) if s[0] not in leaves
        ]
        handled = set(leaves)
        for model, pks in ordered:
            plain = not referred_from_outside(model, handled)
            for start in range(0, len(pks), BATCH):
                batch = pks[start : start + BATCH]
                if plain:
                    delete_rows(model, batch)
                else:
                    model.objects.filter(pk__in=batch).delete()
            handled.add(model)
            self.deleted += len(pks)
        self.stale.clear()


def referred_from_outside(model, handled: set) -> bool:
    """Whether a model outside ``handled`` can hold references to ``model``'s rows."""
    for relation in model._meta.related_objects:
        source = relation.through if relation.many_to_many else relation.related_model
        if source not in handled:
            return True
    return False


def delete_rows(model, pks: list[int]) -> None:
    """Delete rows without the ORM's per-row signals.

    Each signal would bump the event's data version again (tens of thousands of
    queries for a large program); the importer bumps it once at the end instead.
    """
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    placeholders = ", ".join(["%s"] * len(pks))
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {quote(model._meta.db_table)} "
            f"WHERE {quote(model._meta.pk.column)} IN ({placeholders})",
            pks,
        )


def sync_rows(model, current, key, wanted: dict, plan) -> dict:
    """Plan to make ``current`` rows (keyed by ``key(row)``) match ``wanted`` {key: values}.

    Returns {key: row} for every wanted key; new rows have their planned pks. The writes
    go into ``plan`` (a :class:`podium.importers.plan.WritePlan`), rows not wanted into
    its changes for deletion.
    """
    changes = plan.changes
    existing: dict = {}
    stale: list[int] = []
    for row in current:
        row_key = key(row)
        if row_key in wanted and row_key not in existing:
            existing[row_key] = row
        else:
            stale.append(row.pk)
    if stale:
        changes.stale.append((model, stale))

    rows: dict = {}
    new: list = []
    changed: list = []
    changed_fields: set[str] = set()
    for wanted_key, values in wanted.items():
        row = existing.get(wanted_key)
        if row is None:
            row = model(**values)
            new.append(row)
        else:
            differ = [name for name, value in values.items() if getattr(row, name) != value]
            if differ:
                for name in differ:
                    setattr(row, name, values[name])
                changed.append(row)
                changed_fields.update(differ)
        rows[wanted_key] = row

    if new:
        for row, pk in zip(new, plan.new_ids(model, len(new)), strict=True):
            row.pk = pk
        plan.insert(model, new)
        changes.created += len(new)
    if changed:
        if any(f.name == "updated_at" for f in model._meta.concrete_fields):
            now = timezone.now()  # the planned UPDATE sets only the changed fields
            for row in changed:
                row.updated_at = now
            changed_fields.add("updated_at")
        plan.update(model, changed, sorted(changed_fields))
        changes.updated += len(changed)
    return rows
