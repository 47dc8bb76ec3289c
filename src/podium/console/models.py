"""Who may edit which event: one team per event, made of memberships and invitations."""

from django.conf import settings
from django.db import models

# The models kept around imports (snapshots for undo, previews) live in their own module.
from podium.console.snapshot_models import EventSnapshot, ImportedIds, PendingImport  # noqa: F401


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


class TeamInvitation(models.Model):
    """A user name invited to the team of an event, until that user next logs in.

    The team page invites any name the same way, whether a user of that name exists or
    not, so that it never tells who has an account. The user joins the team (the
    invitation becomes a membership) when they log in or open their list of events.
    """

    event = models.ForeignKey(
        "program.Event", on_delete=models.CASCADE, related_name="team_invitations"
    )
    username = models.CharField(max_length=150)
    invited_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["event", "username"]
        constraints = [
            models.UniqueConstraint(fields=["event", "username"], name="team_invitation_once")
        ]

    def __str__(self) -> str:
        return f"{self.username} invited to {self.event}"


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
