"""Who may edit which event: one team per event, made of memberships."""

from django.conf import settings
from django.db import models


class TeamMembership(models.Model):
    """A user in the team of an event: they see and edit that event in the console."""

    event = models.ForeignKey(
        "program.Event", on_delete=models.CASCADE, related_name="team_memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="team_memberships"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["event", "user__username"]
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="team_member_once")]

    def __str__(self) -> str:
        return f"{self.user} in {self.event}"
