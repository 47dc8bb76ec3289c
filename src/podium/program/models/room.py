from django.db import models

from podium.program.ids import next_int_id


class Room(models.Model):
    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="rooms")
    public_id = models.PositiveBigIntegerField("id", blank=True)
    name = models.CharField(max_length=200)
    sort = models.IntegerField(default=0)
    frab_guid = models.CharField(
        "frab GUID",
        max_length=36,
        blank=True,
        default="",
        help_text="Its GUID in frab schedules, kept from a frab import; derived when empty.",
    )

    class Meta:
        ordering = ["sort", "public_id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "public_id"], name="room_public_id_per_event")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if self.public_id is None:
            self.public_id = next_int_id(Room, self.event_id)
        super().save(*args, **kwargs)
