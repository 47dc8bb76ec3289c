"""A digest of each object of an event as it is now, to tell what podium edited.

An object is a room, a question, a category with its items, a speaker with its links,
chosen items and answers, or a session with its speakers, chosen items and answers.
Keys are ``"session:<public id>"`` and the like; a few queries per kind, whatever the
event's size.
"""

import hashlib
import json
from collections import defaultdict

from podium.program import models as m

SKIPPED = {"id", "event", "updated_at", "created_at"}

# kind, model, children: (model, the field that points at the owner)
KINDS = (
    ("room", m.Room, ()),
    ("question", m.Question, ()),
    ("category", m.Category, ((m.CategoryItem, "category"),)),
    (
        "speaker",
        m.Speaker,
        ((m.SpeakerLink, "speaker"), (m.SpeakerItem, "speaker"), (m.SpeakerAnswer, "speaker")),
    ),
    (
        "session",
        m.Session,
        (
            (m.SessionSpeaker, "session"),
            (m.SessionItem, "session"),
            (m.SessionAnswer, "session"),
        ),
    ),
)


def columns(model, skipped=SKIPPED) -> list[str]:
    return [f.attname for f in model._meta.concrete_fields if f.name not in skipped]


def fingerprints(event_id: int) -> dict[str, str]:
    """{key: digest} of every object of the event."""
    found = {}
    for kind, model, children in KINDS:
        names = ["pk", *columns(model)]
        rows = model.objects.filter(event_id=event_id).values_list(*names)
        parts = {row[0]: [list(row[1:])] for row in rows}
        for child, owner in children:
            names = [f"{owner}_id", *columns(child, SKIPPED | {owner})]
            held = defaultdict(list)
            for row in child.objects.filter(**{f"{owner}__event_id": event_id}).values_list(*names):
                held[row[0]].append(list(row[1:]))
            for pk, part in parts.items():
                part.append(sorted(held.get(pk, []), key=repr))
        public = columns(model).index("public_id")
        for part in parts.values():
            found[f"{kind}:{part[0][public]}"] = digest(part)
    return found


def digest(value) -> str:
    text = json.dumps(value, default=str, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:20]
