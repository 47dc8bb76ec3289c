from django.db import models


class Target(models.TextChoices):
    """What a category or question describes."""

    SESSION = "session", "Session"
    SPEAKER = "speaker", "Speaker"
