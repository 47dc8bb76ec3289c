import uuid
import zoneinfo
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower

from podium.program.changes import announce


def new_data_version() -> str:
    return uuid.uuid4().hex[:16]


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"{value!r} is not an IANA time zone (e.g. Europe/London)")


class Event(models.Model):
    """A conference whose program podium publishes."""

    slug = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=200)
    time_zone = models.CharField(
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text="IANA time zone of the venue; session times are shown in it.",
    )
    starts_on = models.DateField(
        "first day", null=True, blank=True, help_text="The event's first day, at the venue."
    )
    ends_on = models.DateField(
        "last day", null=True, blank=True, help_text="The event's last day, at the venue."
    )
    schedule_announced = models.BooleanField(
        default=False,
        help_text="While off, the public API hides times and rooms (GridSmart is empty).",
    )
    # A fresh random token on every change of the event's program: public API
    # cache keys and ETags embed it, so a change is visible on the next request.
    data_version = models.CharField(max_length=16, default=new_data_version, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            # URLs and commands name events by slug: "DEMO" beside "demo" would confuse.
            models.UniqueConstraint(
                Lower("slug"),
                name="event_slug_ignoring_case",
                violation_error_message="An event with this slug exists (slugs ignore case).",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "The last day must not be before the first."})

    def save(self, *args, **kwargs):
        self.data_version = new_data_version()
        super().save(*args, **kwargs)
        announce(self.pk)

    @cached_property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def touch(self) -> None:
        """Record that the event's program changed."""
        self.data_version = new_data_version()
        Event.objects.filter(pk=self.pk).update(data_version=self.data_version)
        announce(self.pk)

    @staticmethod
    def touch_id(event_id: int) -> None:
        Event.objects.filter(pk=event_id).update(data_version=new_data_version())
        announce(event_id)
