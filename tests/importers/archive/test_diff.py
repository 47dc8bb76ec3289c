from podium.importers.archive import export_event
from podium.importers.archive.diff import counts, diff_archives
from podium.importers.writer import import_sessionize
from podium.program.models import Event
from tests.importers.payloads import current, encode


def archives(change) -> tuple[dict, dict]:
    import_sessionize(encode(current()), slug="conf")
    event = Event.objects.get(slug="conf")
    before = export_event(event)
    data = current()
    change(data)
    import_sessionize(encode(data), slug="conf")
    return before, export_event(event)


def test_diff_same_archive_empty(db):
    before, after = archives(lambda data: None)
    assert diff_archives(before, after) == []


def test_diff_names_changed_fields_added_and_removed(db):
    def change(data):
        data["sessions"][0]["title"] = "Renamed"
        data["sessions"][0]["roomId"] = 11
        del data["sessions"][2]
        data["rooms"].append({"id": 12, "name": "Annex", "sort": 2})

    before, after = archives(change)
    changes = diff_archives(before, after)
    assert changes == [
        {"kind": "rooms", "id": 12, "label": "Annex", "change": "added", "fields": []},
        {
            "kind": "sessions",
            "id": "1001",
            "label": "Renamed",
            "change": "changed",
            "fields": ["title", "room"],
        },
        {
            "kind": "sessions",
            "id": "c0ffee00-1234-4abc-8def-0123456789ab",
            "label": "Lunch",
            "change": "removed",
            "fields": [],
        },
    ]
    assert counts(changes) == {"added": 1, "changed": 1, "removed": 1}
