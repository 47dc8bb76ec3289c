from django.core.exceptions import ValidationError
from django.db import models

from podium.program.ids import new_guid, next_session_id


class SessionStatus(models.TextChoices):
    # Values as the wire format spells them; only Accepted is ever published.
    ACCEPTED = "Accepted"
    DECLINED = "Declined"
    NOMINATED = "Nominated"
    ACCEPT_QUEUE = "Accept_Queue", "Accept queue"
    DECLINE_QUEUE = "Decline_Queue", "Decline queue"
    WAITLISTED = "Waitlisted"


class Session(models.Model):
    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="sessions")
    public_id = models.CharField(
        "id",
        max_length=64,
        blank=True,
        help_text="A number for talks, a GUID for service sessions; assigned when left empty.",
    )
    title = models.CharField(max_length=500)
    description = models.TextField(null=True, blank=True)
    starts_at = models.DateTimeField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)
    room = models.ForeignKey(
        "program.Room", on_delete=models.SET_NULL, null=True, blank=True, related_name="sessions"
    )
    is_service_session = models.BooleanField(
        default=False, help_text="A break, lunch or registration: no speakers, no status."
    )
    is_plenum_session = models.BooleanField(
        default=False, help_text="Everyone attends (keynote): shown across the grid."
    )
    status = models.CharField(
        max_length=20, choices=SessionStatus.choices, default=SessionStatus.ACCEPTED
    )
    is_informed = models.BooleanField(default=False, help_text="Speakers were told of the outcome.")
    is_confirmed = models.BooleanField(default=False, help_text="Speakers confirmed they come.")
    live_url = models.URLField(max_length=1000, null=True, blank=True)
    recording_url = models.URLField(max_length=1000, null=True, blank=True)
    frab_guid = models.CharField(
        "frab GUID",
        max_length=36,
        blank=True,
        default="",
        help_text="Its GUID in frab schedules, kept from a frab import; derived when empty.",
    )
    speakers = models.ManyToManyField(
        "program.Speaker", through="program.SessionSpeaker", blank=True, related_name="sessions"
    )
    items = models.ManyToManyField(
        "program.CategoryItem", through="program.SessionItem", blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "public_id"], name="session_public_id_per_event"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if (self.starts_at is None) != (self.ends_at is None):
            raise ValidationError("Give both a start and an end, or neither.")
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": "The end must not be before the start."})
        if self.room_id and self.event_id and self.room.event_id != self.event_id:
            raise ValidationError({"room": "The room belongs to another event."})

    def save(self, *args, **kwargs):
        if not self.public_id:
            self.public_id = (
                new_guid() if self.is_service_session else next_session_id(self.event_id)
            )
        super().save(*args, **kwargs)


class SessionSpeaker(models.Model):
    """A speaker of a session, with its place in both objects' lists."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE)
    speaker = models.ForeignKey("program.Speaker", on_delete=models.CASCADE)
    position = models.PositiveIntegerField(default=0, help_text="Place in the session's speakers.")
    # Place in the speaker's sessions as imported; None follows the session order.
    speaker_position = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["session", "speaker"], name="session_speaker_once")
        ]
