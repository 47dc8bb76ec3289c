from django.db import models
from django.utils import timezone


class Publication(models.Model):
    """One numbered version of what an endpoint publishes, and what changed since the last.

    Recorded by podium/notify/history.py after a committed change, only when the
    endpoint's published data differs from its previous publication.
    """

    endpoint = models.ForeignKey(
        "publish.Endpoint", on_delete=models.CASCADE, related_name="publications"
    )
    number = models.PositiveIntegerField()
    published_at = models.DateTimeField(default=timezone.now)
    # SHA-1 (hex) of the endpoint's All view: what ?hashonly=true answered for it.
    all_hash = models.CharField(max_length=40)
    # What changed, by id: podium/notify/fingerprint.py.
    summary = models.JSONField()
    # Per-object digests to compare the next publication with; kept on the latest only.
    state = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["endpoint", "number"]
        constraints = [
            models.UniqueConstraint(fields=["endpoint", "number"], name="publication_number")
        ]

    def __str__(self) -> str:
        return f"{self.endpoint_id} v{self.number}"
