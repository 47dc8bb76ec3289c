import secrets

from django.db import models
from django.utils import timezone


def new_key_salt() -> str:
    return secrets.token_hex(16)


class Webhook(models.Model):
    """A URL that receives each publication of an event (or of one of its endpoints).

    The signing secret is never stored: it is derived from PODIUM_SECRET_KEY and
    ``key_salt`` (podium/notify/signing.py). Rotating draws a new salt and keeps the
    old one for a while, so receivers can switch without losing a delivery.
    """

    event = models.ForeignKey("program.Event", on_delete=models.CASCADE, related_name="webhooks")
    # Only this endpoint's publications; every endpoint of the event when empty.
    endpoint = models.ForeignKey(
        "publish.Endpoint", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    url = models.URLField(max_length=2000)
    enabled = models.BooleanField(default=True)
    # Why podium disabled it (persistent failure), for the console.
    disabled_note = models.TextField(blank=True, default="")
    key_salt = models.CharField(max_length=32, default=new_key_salt)
    previous_key_salt = models.CharField(max_length=32, blank=True, default="")
    rotated_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["event", "created_at", "pk"]

    def __str__(self) -> str:
        return self.url


class Delivery(models.Model):
    """One message to one webhook, with its attempts so far."""

    PENDING, SUCCEEDED, FAILED = "pending", "succeeded", "failed"
    STATES = [(PENDING, "pending"), (SUCCEEDED, "succeeded"), (FAILED, "failed")]

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    # Empty for a test message.
    publication = models.ForeignKey(
        "notify.Publication", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    # The webhook-id header: the same for every attempt, so receivers can drop repeats.
    message_id = models.CharField(max_length=40, unique=True)
    # The exact body of every attempt.
    payload = models.TextField()
    state = models.CharField(max_length=10, choices=STATES, default=PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")
    last_duration_ms = models.PositiveIntegerField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.message_id} to {self.webhook.url}"
