from django.db import models

from podium.program.ids import next_int_id
from podium.program.models.target import Target


class QuestionType(models.TextChoices):
    # Spellings as the wire format has them.
    SHORT_TEXT = "Short_Text", "Short text"
    LONG_TEXT = "Long_Text", "Long text"
    WEB_ADDRESS = "Web_address", "Web address"
    PERCENTAGE = "Percentage", "Percentage"


class Question(models.Model):
    """A custom question answered per session or per speaker."""

    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="questions")
    public_id = models.PositiveBigIntegerField("id", blank=True)
    target = models.CharField(max_length=8, choices=Target.choices, default=Target.SESSION)
    question = models.CharField(max_length=500)
    question_type = models.CharField(
        max_length=40, choices=QuestionType.choices, default=QuestionType.SHORT_TEXT
    )
    sort = models.IntegerField(default=0)

    class Meta:
        ordering = ["public_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "public_id"], name="question_public_id_per_event"
            )
        ]

    def __str__(self) -> str:
        return self.question

    def save(self, *args, **kwargs):
        if self.public_id is None:
            self.public_id = next_int_id(Question, self.event_id)
        super().save(*args, **kwargs)
