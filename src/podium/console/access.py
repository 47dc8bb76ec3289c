"""The console's one access rule: a user reaches only the events of their teams.

Every console view that touches an event goes through ``event_view``, which loads the
event by slug among the user's events and answers 404 otherwise, so a guessed URL of
another team's event (or of anything inside it) looks exactly like a missing one.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from podium.console.models import TeamInvitation, TeamMembership
from podium.program.models import Event


def events_for(user):
    """The events ``user`` may see in the console; superusers see every event."""
    if not user.is_authenticated:
        return Event.objects.none()
    if user.is_superuser:
        return Event.objects.all()
    return Event.objects.filter(team_memberships__user=user).distinct()


def event_for(user, slug: str) -> Event:
    return get_object_or_404(events_for(user), slug=slug)


def add_member(event: Event, user) -> bool:
    """Put ``user`` in the team of ``event``; False when they were already in it."""
    _, created = TeamMembership.objects.get_or_create(event=event, user=user)
    return created


def accept_invitations(user) -> None:
    """Put ``user`` in the teams their user name was invited to."""
    invitations = TeamInvitation.objects.filter(username=user.get_username())
    for invitation in invitations.select_related("event"):
        add_member(invitation.event, user)
    invitations.delete()


def event_view(view):
    """Log-in required; resolve ``slug`` to one of the user's events or 404.

    The view runs in the event's time zone, so forms read and show session times
    as the venue's wall-clock time.
    """

    @login_required
    @wraps(view)
    def wrapper(request, slug, *args, **kwargs):
        event = event_for(request.user, slug)
        with timezone.override(event.tz):
            return view(request, event, *args, **kwargs)

    return wrapper


def owned(queryset, event: Event, **lookup):
    """One object of ``event`` (e.g. a room by pk) or 404, whatever else exists."""
    try:
        return queryset.get(event=event, **lookup)
    except (queryset.model.DoesNotExist, ValueError):
        raise Http404 from None
