"""Endpoint operations beyond plain form edits: describing options and rotating ids."""

from django.db import transaction

from podium.publish.cache import clear_endpoint
from podium.publish.models import Endpoint
from podium.publish.models.endpoint import new_endpoint_id

# Fields a rotated endpoint keeps; the id, version and timestamps are its own.
COPIED_FIELDS = [
    "event_id",
    "name",
    "format",
    "enabled",
    "include_sessions",
    "service_sessions",
    "speaker_links",
    "group_by_id",
    "utc_times",
    "show_schedule",
]


def describe_options(endpoint: Endpoint) -> list[str]:
    """Short phrases for the endpoint list, one per option that matters."""
    phrases = [
        "accepted sessions" if endpoint.include_sessions == "accepted" else "informed sessions",
        "service sessions" if endpoint.service_sessions else "no service sessions",
        "speaker links" if endpoint.speaker_links else "no speaker links",
    ]
    if endpoint.group_by_id:
        phrases.append(f"grouped by {endpoint.group_by.title}")
    if endpoint.utc_times:
        phrases.append("UTC times")
    if endpoint.show_schedule:
        phrases.append("schedule always shown")
    return phrases


def rotate_endpoint(endpoint: Endpoint) -> Endpoint:
    """Give the endpoint a fresh id; the old id stops answering at once.

    The primary key is the id, so rotation is a copy (fields and custom fields)
    followed by deleting the old row, in one transaction.
    """
    with transaction.atomic():
        old = Endpoint.objects.select_for_update().get(pk=endpoint.pk)
        new = Endpoint(id=unused_id(), **{name: getattr(old, name) for name in COPIED_FIELDS})
        new.save()
        Endpoint.objects.filter(pk=new.pk).update(created_at=old.created_at)
        new.exposed_categories.set(old.exposed_categories.all())
        new.exposed_questions.set(old.exposed_questions.all())
        clear_endpoint(old)
        old.delete()
    new.refresh_from_db()
    return new


def unused_id() -> str:
    while True:
        candidate = new_endpoint_id()
        if not Endpoint.objects.filter(pk=candidate).exists():
            return candidate
