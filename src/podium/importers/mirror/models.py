"""A mirror: which source an event follows, how often, and how its last runs went."""

from django.db import models


class MirrorKind(models.TextChoices):
    SESSIONIZE = "sessionize", "Sessionize endpoint"
    PRETALX = "pretalx", "pretalx event"


class MirrorPolicy(models.TextChoices):
    SOURCE_WINS = "source-wins", "The source wins"
    KEEP_EDITS = "keep-edits", "Podium's edits are kept"


class Mirror(models.Model):
    # Two sources writing one event would undo each other's changes on every run.
    event = models.OneToOneField("program.Event", on_delete=models.CASCADE, related_name="mirror")
    kind = models.CharField(max_length=16, choices=MirrorKind.choices)
    url = models.URLField(max_length=1000)
    every = models.PositiveIntegerField(help_text="Seconds between runs.")
    policy = models.CharField(
        max_length=16, choices=MirrorPolicy.choices, default=MirrorPolicy.SOURCE_WINS
    )
    # Set only from the command line: the console never lets a URL reach the local network.
    allow_private = models.BooleanField(default=False)

    # What the last applied run read, so that the next one can ask "changed since?".
    etag = models.CharField(max_length=500, blank=True, default="")
    source_hash = models.CharField(max_length=128, blank=True, default="")
    body_hash = models.CharField(max_length=64, blank=True, default="")
    # {"session:123": digest, ...}: each object as the last applied run left it.
    written = models.JSONField(default=dict, blank=True)

    last_fetch_at = models.DateTimeField(null=True, blank=True)
    last_result = models.TextField(blank=True, default="")
    last_error = models.TextField(blank=True, default="")
    last_changed_at = models.DateTimeField(null=True, blank=True)
    next_run_at = models.DateTimeField(null=True, blank=True)
    failures = models.PositiveIntegerField(default=0, help_text="Failed runs in a row.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["event__slug"]

    def __str__(self) -> str:
        return f"{self.event} <- {self.url}"
