"""What differs between two archives of one event, object by object.

Objects are matched by their public ids, kind by kind: each is added, removed, or
changed in named fields (a session's ``title``, ``room``, ``speakers``...). The console
shows this before an import and checks it again when the import is applied.
"""

KINDS = ("rooms", "categories", "items", "questions", "speakers", "sessions", "endpoints")
NAMES = {
    "rooms": "Room",
    "categories": "Category",
    "items": "Category item",
    "questions": "Question",
    "speakers": "Speaker",
    "sessions": "Session",
    "endpoints": "Endpoint",
}


def records(archive: dict, kind: str) -> dict:
    """{id: record} of one kind; category items are a kind of their own."""
    if kind == "items":
        listed = [item for category in archive["categories"] for item in category["items"]]
    elif kind == "categories":
        listed = [{k: v for k, v in c.items() if k != "items"} for c in archive["categories"]]
    else:
        listed = archive[kind]
    return {record["id"]: record for record in listed}


def label(kind: str, record: dict) -> str:
    if kind == "speakers":
        return f"{record['first_name']} {record['last_name']}".strip()
    if kind == "questions":
        return record["question"]
    return record.get("title") or record.get("name") or str(record["id"])


def diff_archives(before: dict, after: dict) -> list[dict]:
    """The changes from ``before`` to ``after``, as JSON-ready dicts.

    Each is ``{"kind", "id", "label", "change", "fields"}`` with ``change`` one of
    "added", "changed", "removed"; ``fields`` lists a changed object's differing keys.
    Added and changed objects come in ``after``'s order, removed ones last.
    """
    out = []
    changed_event = [k for k in after["event"] if before["event"].get(k) != after["event"][k]]
    if changed_event:
        out.append(entry("event", None, after["event"]["name"], "changed", changed_event))
    removed = []
    for kind in KINDS:
        old, new = records(before, kind), records(after, kind)
        for key, record in new.items():
            previous = old.get(key)
            if previous is None:
                out.append(entry(kind, key, label(kind, record), "added", []))
            elif previous != record:
                fields = [k for k in record if previous.get(k) != record[k]]
                out.append(entry(kind, key, label(kind, record), "changed", fields))
        for key, record in old.items():
            if key not in new:
                removed.append(entry(kind, key, label(kind, record), "removed", []))
    return out + removed


def entry(kind: str, key, text: str, change: str, fields: list[str]) -> dict:
    return {"kind": kind, "id": key, "label": text, "change": change, "fields": fields}


def counts(changes: list[dict]) -> dict[str, int]:
    """How many objects are added, changed and removed."""
    out = {"added": 0, "changed": 0, "removed": 0}
    for change in changes:
        out[change["change"]] += 1
    return out
