import secrets
import sys

from axes.utils import reset as reset_login_failures
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create a console user, or unlock one after too many failed log-ins. Then "
        "`podium team add <event> <user>` gives them an event; `podium createsuperuser` "
        "creates an administrator instead."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="create|unlock")
        create = actions.add_parser("create", help="Create a user who can log in to the console.")
        create.add_argument("username", help="The login name of the new user.")
        create.add_argument("--email", default="", help="Address for password-reset mail.")
        create.add_argument(
            "--password-stdin",
            action="store_true",
            help="Read the password from the first line of standard input. Without it the "
            "user chooses one with the console's password reset by mail (needs --email).",
        )
        unlock = actions.add_parser(
            "unlock",
            help="Let a user log in again at once after too many failed log-ins "
            "(from every address).",
        )
        unlock.add_argument("username")

    def handle(self, *args, action, username, **options):
        if action == "unlock":
            self.unlock(username)
        else:
            self.create(username, options["email"], options["password_stdin"])

    def unlock(self, username: str) -> None:
        cleared = reset_login_failures(username=username)
        if cleared:
            self.stdout.write(
                f"unlocked {username} ({cleared} record(s) of failed log-ins cleared)"
            )
        else:
            self.stdout.write(f"{username} was not locked out")

    def create(self, username: str, email: str, password_stdin: bool) -> None:
        users = get_user_model()
        if users.objects.filter(username=username).exists():
            raise CommandError(f"user {username!r} exists already")
        if not password_stdin and not email:
            raise CommandError("give --password-stdin or --email (to set a password by mail)")
        password = None
        user = users(username=username, email=email)
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
            if not password:
                raise CommandError("standard input held no password")
            try:
                validate_password(password, user)
            except ValidationError as problem:
                raise CommandError("password rejected: " + " ".join(problem.messages)) from None
        # Without a password the user gets a random one nobody knows, not an unusable
        # one: Django's password reset mails only users whose password is usable.
        user.set_password(password or secrets.token_urlsafe(32))
        user.save()
        self.stdout.write(f"created user {username}")
