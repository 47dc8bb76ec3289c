"""Keep an event's state before a change that touches many objects, and bring it back.

Call :func:`keep_before_change` right before an import or a bulk change (inside the
same transaction, so the snapshot and the change commit or roll back together)::

    from podium.console.snapshots import keep_before_change

    with transaction.atomic():
        keep_before_change(event, "Before deleting 12 sessions", request.user)
        ...  # the bulk change

A snapshot is the event's lossless archive (:mod:`podium.importers.archive`): program,
statuses, custom fields and endpoints, with every public id. Restoring one makes the
event exactly that again (its export is then equal to the snapshot). Each event keeps
its newest ``PODIUM_CONSOLE_SNAPSHOTS`` snapshots; older ones are dropped.
"""

import zlib

import orjson
from django.conf import settings
from django.db import transaction

from podium.console.snapshot_models import EventSnapshot, ImportedIds
from podium.importers.archive import export_event, restore_event
from podium.program.models import Event


def keep_before_change(event: Event, label: str, user, *, kind: str = "change") -> EventSnapshot:
    """Snapshot ``event`` as it is now, labelled (e.g. "Before import of All.json").

    ``user`` is who made the change (None for none); ``kind`` is "import" for imports
    (what "Undo last import" restores), "change" for other bulk changes.
    """
    with transaction.atomic():
        archive = export_event(event)
        imported = ImportedIds.objects.filter(event=event).values_list("ids", flat=True).first()
        snapshot = EventSnapshot.objects.create(
            event=event,
            label=label[: EventSnapshot._meta.get_field("label").max_length],
            kind=kind,
            taken_by=user if user is not None and user.is_authenticated else None,
            archive=zlib.compress(orjson.dumps(archive)),
            imported=imported or {},
        )
        prune(event)
    return snapshot


def archive_of(snapshot: EventSnapshot) -> dict:
    return orjson.loads(zlib.decompress(bytes(snapshot.archive)))


def prune(event: Event) -> None:
    kept = EventSnapshot.objects.filter(event=event).values_list("pk", flat=True)
    old = list(kept[settings.PODIUM_CONSOLE_SNAPSHOTS :])
    if old:
        EventSnapshot.objects.filter(pk__in=old).delete()


def last_import(event: Event) -> EventSnapshot | None:
    """The snapshot taken before the event's most recent import still kept, if any."""
    return EventSnapshot.objects.filter(event=event, kind="import").first()


def restore_snapshot(snapshot: EventSnapshot, user) -> None:
    """Make the event what ``snapshot`` holds, in one transaction.

    The current state is kept first (so a restore can be undone too), and the restored
    snapshot is dropped: undoing the last import twice goes back two imports.
    """
    event = snapshot.event
    archive = archive_of(snapshot)
    with transaction.atomic():
        Event.objects.select_for_update().filter(pk=event.pk).first()
        keep_before_change(event, f"Before restoring “{snapshot.label}”", user, kind="restore")
        restore_event(archive, slug=event.slug, replace=True)
        ImportedIds.objects.update_or_create(event=event, defaults={"ids": snapshot.imported})
        EventSnapshot.objects.filter(pk=snapshot.pk).delete()
