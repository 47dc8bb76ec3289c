import secrets
import string

from django.core.validators import RegexValidator
from django.db import models
from django.db.models.signals import m2m_changed

from podium.program.changes import announce
from podium.program.models.event import new_data_version
from podium.publish.models.option_fields import EndpointOptionFields
from podium.publish.option_table import Format, IncludeSessions

__all__ = ["Endpoint", "Format", "IncludeSessions", "new_endpoint_id"]

ID_ALPHABET = string.ascii_lowercase + string.digits
ID_LENGTH = 12


def new_endpoint_id() -> str:
    """12 lowercase alphanumerics from the OS's CSPRNG (about 62 bits)."""
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


class Endpoint(EndpointOptionFields):
    """One published view of an event: an unguessable id, a format and options.

    The option fields (format, include_sessions, ...) come from the option table.
    """

    id = models.CharField(
        primary_key=True,
        max_length=12,
        default=new_endpoint_id,
        validators=[
            RegexValidator(r"^[a-z0-9]{8,12}$", "Use 8 to 12 lowercase letters and digits.")
        ],
    )
    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="endpoints")
    # A fresh token on every change of the options: part of cache keys and ETags.
    version = models.CharField(max_length=16, default=new_data_version, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["event", "created_at"]

    def __str__(self) -> str:
        return f"{self.name or self.id} ({self.get_format_display()})"

    def save(self, *args, **kwargs):
        self.version = new_data_version()
        super().save(*args, **kwargs)
        announce(self.event_id)


def bump_version(sender, instance, action, **kwargs) -> None:
    if action.startswith("post_") and isinstance(instance, Endpoint):
        instance.version = new_data_version()
        Endpoint.objects.filter(pk=instance.pk).update(version=instance.version)
        announce(instance.event_id)


def connect_signals() -> None:
    for through in (Endpoint.exposed_categories.through, Endpoint.exposed_questions.through):
        m2m_changed.connect(bump_version, sender=through, dispatch_uid=f"podium-{through.__name__}")
