"""The team of an event: who may see and edit it in the console.

Members invite others by user name. The answer is the same whether such a user exists
or not (the name is listed as invited until that user next logs in), so the page
never tells who has an account.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from podium.console.access import event_view
from podium.console.models import TeamInvitation, TeamMembership
from podium.console.views import posted


class InviteForm(forms.Form):
    username = forms.CharField(
        max_length=150,
        help_text="Their podium user name. They join the team when they next log in.",
    )

    def clean_username(self):
        return self.cleaned_data["username"].strip()


@event_view
def team(request, event):
    form = InviteForm(posted(request))
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        if event.team_memberships.filter(user__username=username).exists():
            messages.info(request, f"{username} is in the team already.")
        else:
            TeamInvitation.objects.get_or_create(event=event, username=username)
            messages.success(
                request,
                f"Invited “{username}”. If a podium user of that name exists, they join "
                "the team when they next log in.",
            )
        return redirect("console:team", event.slug)
    context = {
        "event": event,
        "form": form,
        "members": event.team_memberships.select_related("user"),
        "invitations": event.team_invitations.all(),
    }
    return render(request, "console/events/team.html", context)


@require_POST
@event_view
def team_remove(request, event, pk):
    membership = get_object_or_404(TeamMembership, event=event, pk=pk)
    if event.team_memberships.count() == 1:
        messages.error(request, "The last member cannot leave: the event would have no team.")
        return redirect("console:team", event.slug)
    membership.delete()
    messages.success(request, f"Removed {membership.user.get_username()} from the team.")
    if membership.user_id == request.user.pk and not request.user.is_superuser:
        return redirect("console:events")
    return redirect("console:team", event.slug)


@require_POST
@event_view
def team_withdraw(request, event, pk):
    invitation = get_object_or_404(TeamInvitation, event=event, pk=pk)
    invitation.delete()
    messages.success(request, f"Withdrew the invitation of “{invitation.username}”.")
    return redirect("console:team", event.slug)
