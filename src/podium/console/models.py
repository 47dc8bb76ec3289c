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


class FirstAccount(models.Model):
    """The account made on the first-run setup page.

    Its primary key is always 1, so the database itself refuses a second row: of two
    setup requests racing on an empty podium, only one can commit its account.
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="first_account_one_row")
        ]

    def __str__(self) -> str:
        return f"first account: {self.user}"
