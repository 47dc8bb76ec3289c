"""Bring one table in line with wanted rows: keep, update, create, delete, all in bulk.

Rows are matched by a key (a public id, or parent pks); a kept row keeps its pk,
so anything pointing at it (an endpoint's exposed questions, say) survives.
"""

from dataclasses import dataclass

from django.utils import timezone

BATCH = 500


@dataclass
class Changes:
    created: int = 0
    updated: int = 0
    deleted: int = 0


def sync_rows(model, current, key, wanted: dict, changes: Changes) -> dict:
    """Make ``current`` rows (keyed by ``key(row)``) match ``wanted`` {key: field values}.

    Returns {key: row} for every wanted key; new rows have their pks.
    """
    existing: dict = {}
    stale: list[int] = []
    for row in current:
        if key(row) in wanted and key(row) not in existing:
            existing[key(row)] = row
        else:
            stale.append(row.pk)
    if stale:
        # Through the ORM so cascades and SET_NULL apply; each batch is one query set.
        for start in range(0, len(stale), BATCH):
            model.objects.filter(pk__in=stale[start : start + BATCH]).delete()
        changes.deleted += len(stale)

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
        model.objects.bulk_create(new, batch_size=BATCH)
        changes.created += len(new)
    if changed:
        if any(field.name == "updated_at" for field in model._meta.concrete_fields):
            now = timezone.now()  # bulk_update skips auto_now
            for row in changed:
                row.updated_at = now
            changed_fields.add("updated_at")
        model.objects.bulk_update(changed, sorted(changed_fields), batch_size=BATCH)
        changes.updated += len(changed)
    return rows
