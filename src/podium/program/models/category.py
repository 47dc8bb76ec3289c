from django.db import models

from podium.program.ids import next_int_id
from podium.program.models.target import Target


class Category(models.Model):
    """A multiple-choice custom field (track, level, format...) for sessions or speakers."""

    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="categories")
    public_id = models.PositiveBigIntegerField("id", blank=True)
    title = models.CharField(max_length=500)
    type = models.CharField(max_length=8, choices=Target.choices, default=Target.SESSION)
    sort = models.IntegerField(default=0)
    # Only the console's forms read it: the wire format knows no such thing.
    single_choice = models.BooleanField(
        "one choice only",
        default=False,
        help_text="A session (or speaker) takes at most one of its items: a radio button each.",
    )

    class Meta:
        ordering = ["sort", "public_id"]
        verbose_name_plural = "categories"
        constraints = [
            models.UniqueConstraint(
                fields=["event", "public_id"], name="category_public_id_per_event"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if self.public_id is None:
            self.public_id = next_int_id(Category, self.event_id)
        super().save(*args, **kwargs)


class CategoryItem(models.Model):
    """One choice of a category."""

    # The event is stored again so item ids can be unique per event.
    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="+")
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="items")
    public_id = models.PositiveBigIntegerField("id", blank=True)
    name = models.CharField(max_length=500)
    sort = models.IntegerField(default=0)

    class Meta:
        ordering = ["sort", "public_id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "public_id"], name="item_public_id_per_event")
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if self.event_id is None and self.category_id is not None:
            self.event_id = self.category.event_id
        if self.public_id is None:
            self.public_id = next_int_id(CategoryItem, self.event_id)
        super().save(*args, **kwargs)


class SessionItem(models.Model):
    """A category item chosen for a session, at its position in the session's list."""

    session = models.ForeignKey("program.Session", on_delete=models.CASCADE)
    item = models.ForeignKey(CategoryItem, on_delete=models.CASCADE)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["session", "item"], name="session_item_once")
        ]


class SpeakerItem(models.Model):
    """A category item chosen for a speaker, at its position in the speaker's list."""

    speaker = models.ForeignKey("program.Speaker", on_delete=models.CASCADE)
    item = models.ForeignKey(CategoryItem, on_delete=models.CASCADE)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["speaker", "item"], name="speaker_item_once")
        ]
