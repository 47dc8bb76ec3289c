"""Endpoint operations beyond plain form edits: describing options and rotating ids."""

from django.db import transaction

from podium.publish.cache import clear_endpoint
from podium.publish.models import Endpoint
from podium.publish.models.endpoint import new_endpoint_id
from podium.publish.option_table import OPTIONS, Kind

# Fields a rotated endpoint keeps: all but its id, version and timestamps. The exposed
# custom fields are rows of their own, copied after.
OWN_FIELDS = {"id", "version", "created_at", "updated_at"}
COPIED_FIELDS = [f.attname for f in Endpoint._meta.concrete_fields if f.name not in OWN_FIELDS]


def describe_options(endpoint: Endpoint) -> list[str]:
    """Short phrases for the endpoint list, one per option that matters (the table's summary)."""
    phrases = []
    for option in OPTIONS:
        summary = dict(option.summary)
        if not summary or (option.formats and endpoint.format not in option.formats):
            continue
        value = getattr(endpoint, option.name)
        if option.kind is Kind.CATEGORY:
            if value is not None:
                phrases.append(f"{summary[True]} {value.title}")
        elif value in summary:
            phrases.append(summary[value])
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
