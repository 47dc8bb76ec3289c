from django.contrib.auth.models import AnonymousUser
from django.db import transaction

from podium.console.models import EventSnapshot
from podium.console.snapshots import keep_before_change, last_import, restore_snapshot
from podium.importers.archive import export_event
from podium.importers.writer import import_sessionize
from podium.program.models import Session
from podium.publish.models import Endpoint
from tests.importers.payloads import current, encode


def filled(event):
    import_sessionize(encode(current()), slug=event.slug)
    Endpoint.objects.create(event=event, name="Website")
    return export_event(event)


def test_snapshot_restore_gives_the_same_export(event, organizer):
    before = filled(event)
    snapshot = keep_before_change(event, "Before deleting sessions", organizer)
    Session.objects.filter(event=event).delete()
    Endpoint.objects.filter(event=event).update(name="Changed")
    restore_snapshot(snapshot, organizer)
    assert export_event(event) == before


def test_snapshot_says_when_and_by_whom(event, organizer):
    snapshot = keep_before_change(event, "Before accepting 3 sessions", organizer)
    assert (snapshot.label, snapshot.kind, snapshot.taken_by) == (
        "Before accepting 3 sessions",
        "change",
        organizer,
    )
    assert snapshot.taken_at is not None


def test_snapshot_count_bounded_per_event(event, other_event, organizer, settings):
    settings.PODIUM_CONSOLE_SNAPSHOTS = 3
    keep_before_change(other_event, "Other", None)
    for number in range(5):
        keep_before_change(event, f"Change {number}", organizer)
    labels = list(EventSnapshot.objects.filter(event=event).values_list("label", flat=True))
    assert labels == ["Change 4", "Change 3", "Change 2"]
    assert EventSnapshot.objects.filter(event=other_event).count() == 1


def test_snapshot_restore_is_kept_and_consumed(event, organizer):
    filled(event)
    snapshot = keep_before_change(event, "Before import", organizer, kind="import")
    assert last_import(event) == snapshot
    restore_snapshot(snapshot, organizer)
    assert last_import(event) is None
    assert list(EventSnapshot.objects.values_list("label", "kind")) == [
        ("Before restoring “Before import”", "restore")
    ]


def test_snapshot_rolled_back_with_its_change(event, organizer):
    class Refused(Exception):
        pass

    try:
        with transaction.atomic():
            keep_before_change(event, "Before a bulk change", organizer)
            raise Refused
    except Refused:
        pass
    assert EventSnapshot.objects.count() == 0


def test_snapshot_by_anonymous_user_has_no_author(event):
    snapshot = keep_before_change(event, "Before a change", AnonymousUser())
    assert snapshot.taken_by is None
