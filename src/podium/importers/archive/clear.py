"""Empty an event before a restore: its program and its endpoints; the event row stays.

The event keeps its primary key and so its team. Rows go children first, by plain SQL
where nothing else can point at them (see :meth:`Changes.delete_stale`): per-row ORM
deletes would bump the event's data version once for every row.
"""

from podium.importers.sync import Changes
from podium.program import models as m
from podium.publish.models import Endpoint

EXPOSED = (Endpoint.exposed_categories.through, Endpoint.exposed_questions.through)
# Deleted first, in this order; nothing outside this list refers to their rows.
LEAVES = (
    *EXPOSED,
    Endpoint,
    m.SpeakerLink,
    m.SpeakerItem,
    m.SpeakerAnswer,
    m.SessionSpeaker,
    m.SessionItem,
    m.SessionAnswer,
)
# Then these, last to first: each refers only to those before it.
PARENTS = (m.Room, m.Category, m.CategoryItem, m.Question, m.Speaker, m.Session)
OWNER = {
    EXPOSED[0]: "endpoint__event",
    EXPOSED[1]: "endpoint__event",
    m.SpeakerLink: "speaker__event",
    m.SpeakerItem: "speaker__event",
    m.SpeakerAnswer: "speaker__event",
    m.SessionSpeaker: "session__event",
    m.SessionItem: "session__event",
    m.SessionAnswer: "session__event",
}


def clear_event(event: m.Event) -> int:
    """Delete everything the event holds but itself and its team; how many rows went."""
    changes = Changes()
    for model in LEAVES + PARENTS:
        lookup = {OWNER.get(model, "event"): event}
        pks = list(model.objects.filter(**lookup).order_by().values_list("pk", flat=True))
        if pks:
            changes.stale.append((model, pks))
    changes.delete_stale(leaves=LEAVES)
    return changes.deleted
