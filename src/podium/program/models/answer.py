from django.db import models


class SessionAnswer(models.Model):
    session = models.ForeignKey("program.Session", on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey("program.Question", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField(default=0)
    value = models.TextField()
    # The wire's answerExtra (Sessionize sets it for File_upload questions); null when
    # the answer has none, or when its value was edited since.
    extra = models.TextField(null=True, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["session", "question"], name="session_answer_once")
        ]

    def __str__(self) -> str:
        return self.value[:60]


class SpeakerAnswer(models.Model):
    speaker = models.ForeignKey("program.Speaker", on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey("program.Question", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField(default=0)
    value = models.TextField()
    # The wire's answerExtra (Sessionize sets it for File_upload questions); null when
    # the answer has none, or when its value was edited since.
    extra = models.TextField(null=True, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["speaker", "question"], name="speaker_answer_once")
        ]

    def __str__(self) -> str:
        return self.value[:60]
