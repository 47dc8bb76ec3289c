import secrets
import string

from django.core.validators import RegexValidator
from django.db import models
from django.db.models.signals import m2m_changed

from podium.program.models.event import new_data_version

ID_ALPHABET = string.ascii_lowercase + string.digits
ID_LENGTH = 12


def new_endpoint_id() -> str:
    """12 lowercase alphanumerics from the OS's CSPRNG (about 62 bits)."""
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


class Format(models.TextChoices):
    JSON = "json", "JSON"
    XML = "xml", "XML"
    ICAL = "ical", "iCalendar"


class IncludeSessions(models.TextChoices):
    INFORMED = "informed", "Accepted sessions whose speakers were informed"
    ACCEPTED = "accepted", "All accepted sessions"


class Endpoint(models.Model):
    """One published view of an event: an unguessable id, a format and options."""

    id = models.CharField(
        primary_key=True,
        max_length=12,
        default=new_endpoint_id,
        validators=[
            RegexValidator(r"^[a-z0-9]{8,12}$", "Use 8 to 12 lowercase letters and digits.")
        ],
    )
    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="endpoints")
    name = models.CharField(max_length=200, blank=True)
    format = models.CharField(max_length=10, choices=Format.choices, default=Format.JSON)
    enabled = models.BooleanField(default=True)
    include_sessions = models.CharField(
        max_length=10, choices=IncludeSessions.choices, default=IncludeSessions.INFORMED
    )
    service_sessions = models.BooleanField(
        default=True, help_text="Include breaks, lunch and other service sessions."
    )
    speaker_links = models.BooleanField(default=True, help_text="Include speakers' links.")
    group_by = models.ForeignKey(
        "program.Category",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"type": "session"},
        help_text="Group the Sessions view by this session category.",
    )
    utc_times = models.BooleanField(default=False, help_text="Times in UTC with a Z suffix.")
    show_schedule = models.BooleanField(
        default=False,
        help_text="Show times and rooms even before the schedule is announced (for testing).",
    )
    exposed_categories = models.ManyToManyField(
        "program.Category", blank=True, related_name="+", help_text="Public custom fields."
    )
    exposed_questions = models.ManyToManyField(
        "program.Question", blank=True, related_name="+", help_text="Public custom fields."
    )
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


def bump_version(sender, instance, action, **kwargs) -> None:
    if action.startswith("post_") and isinstance(instance, Endpoint):
        instance.version = new_data_version()
        Endpoint.objects.filter(pk=instance.pk).update(version=instance.version)


def connect_signals() -> None:
    for through in (Endpoint.exposed_categories.through, Endpoint.exposed_questions.through):
        m2m_changed.connect(bump_version, sender=through, dispatch_uid=f"podium-{through.__name__}")
