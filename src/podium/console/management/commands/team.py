from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from podium.console.access import add_member
from podium.console.models import TeamMembership
from podium.program.models import Event


class Command(BaseCommand):
    help = (
        "Show or change who may edit an event in the console. "
        "`team add <event> <user>`, `team remove <event> <user>`, `team list <event>`."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="add|remove|list")
        for name, summary in [
            ("add", "Put a user in the event's team."),
            ("remove", "Take a user out of the event's team."),
        ]:
            sub = actions.add_parser(name, help=summary)
            sub.add_argument("event", help="The event's slug.")
            sub.add_argument("username", help="The user's login name.")
        listing = actions.add_parser("list", help="List the event's team.")
        listing.add_argument("event", help="The event's slug.")

    def handle(self, *args, action, event, username=None, **options):
        found = Event.objects.filter(slug=event).first()
        if found is None:
            raise CommandError(f"no event with slug {event!r}")
        if action == "list":
            for membership in found.team_memberships.select_related("user"):
                self.stdout.write(membership.user.get_username())
            return
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"no user {username!r} (create one with `podium user create`)")
        if action == "add":
            added = add_member(found, user)
            state = "added to" if added else "was already in"
            self.stdout.write(f"{username} {state} the team of {found.slug}")
        else:
            deleted, _ = TeamMembership.objects.filter(event=found, user=user).delete()
            if not deleted:
                raise CommandError(f"{username} is not in the team of {found.slug}")
            self.stdout.write(f"{username} removed from the team of {found.slug}")
