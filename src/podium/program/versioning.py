"""Keep ``Event.data_version`` fresh: any saved or deleted program object bumps it.

Bulk writes (``bulk_create``, ``QuerySet.update``) send no signals; code that uses
them calls ``Event.touch()`` itself, once, at the end of its transaction.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from podium.program import models as m

# How to reach the owning event from each model: a direct field or a parent.
DIRECT = (m.Room, m.Category, m.CategoryItem, m.Question, m.Speaker, m.Session)
VIA_SESSION = (m.SessionSpeaker, m.SessionItem, m.SessionAnswer)
VIA_SPEAKER = (m.SpeakerLink, m.SpeakerItem, m.SpeakerAnswer)


def event_id_of(instance) -> int | None:
    if isinstance(instance, DIRECT):
        return instance.event_id
    if isinstance(instance, VIA_SESSION):
        parent = m.Session.objects.filter(pk=instance.session_id)
    else:
        parent = m.Speaker.objects.filter(pk=instance.speaker_id)
    return parent.values_list("event_id", flat=True).first()


def bump(sender, instance, **kwargs) -> None:
    event_id = event_id_of(instance)
    if event_id is not None:
        m.Event.touch_id(event_id)


def bump_m2m(sender, instance, action, **kwargs) -> None:
    if action.startswith("post_"):
        event_id = getattr(instance, "event_id", None)
        if event_id is not None:
            m.Event.touch_id(event_id)


def connect() -> None:
    for model in DIRECT + VIA_SESSION + VIA_SPEAKER:
        post_save.connect(bump, sender=model, dispatch_uid=f"podium-bump-save-{model.__name__}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"podium-bump-del-{model.__name__}")
    for through in (m.Session.speakers.through, m.Session.items.through, m.Speaker.items.through):
        m2m_changed.connect(bump_m2m, sender=through, dispatch_uid=f"podium-m2m-{through.__name__}")
