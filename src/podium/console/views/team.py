"""The team of an event: who may see and edit it in the console."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from podium.console.access import add_member, event_view
from podium.console.models import TeamMembership
from podium.console.views import posted


class AddMemberForm(forms.Form):
    username = forms.CharField(
        max_length=150, help_text="The user must have a podium account already."
    )

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise forms.ValidationError(f"There is no active user “{username}”.")
        return user


@event_view
def team(request, event):
    form = AddMemberForm(posted(request))
    if request.method == "POST" and form.is_valid():
        user = form.cleaned_data["username"]
        if add_member(event, user):
            messages.success(request, f"Added {user.get_username()} to the team.")
        else:
            messages.info(request, f"{user.get_username()} is in the team already.")
        return redirect("console:team", event.slug)
    members = event.team_memberships.select_related("user")
    return render(
        request, "console/events/team.html", {"event": event, "form": form, "members": members}
    )


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
