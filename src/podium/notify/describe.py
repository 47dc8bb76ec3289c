"""A publication's summary in one line of words: "2 sessions changed (time, room), ...".

The console's history, the Atom feed and the webhook payload's ``text`` use it.
"""

from podium.notify.fingerprint import KINDS

NOUNS = {
    "sessions": ("session", "sessions"),
    "speakers": ("speaker", "speakers"),
    "rooms": ("room", "rooms"),
}
OTHER = {"event": "event details changed", "customFields": "custom fields changed"}


def counted(count: int, kind: str, what: str) -> str:
    one, many = NOUNS[kind]
    return f"{count} {one if count == 1 else many} {what}"


def describe(summary: dict) -> str:
    parts = []
    for kind in KINDS:
        part = summary[kind]
        if part["added"]:
            parts.append(counted(len(part["added"]), kind, "added"))
        if part["removed"]:
            parts.append(counted(len(part["removed"]), kind, "removed"))
        if part["changed"]:
            fields = dict.fromkeys(name for item in part["changed"] for name in item["fields"])
            parts.append(f"{counted(len(part['changed']), kind, 'changed')} ({', '.join(fields)})")
    parts.extend(OTHER.get(name, f"{name} changed") for name in summary["other"])
    return ", ".join(parts) or "no change"
