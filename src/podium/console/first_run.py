"""First run: while podium has no account at all, the console creates the first one.

The check that no account exists is made again inside the transaction that creates
the account, and ``FirstAccount`` allows one row only, so two requests racing on an
empty podium cannot both create one: the loser's transaction fails and is rolled back.
"""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from podium.console.models import FirstAccount


def no_account_yet() -> bool:
    """True while the database holds no user at all: the setup page is open."""
    return not get_user_model().objects.exists()


def create_first_account(user) -> bool:
    """Save the unsaved ``user`` as the first account, a superuser.

    Returns False, writing nothing, when any account exists by now.
    """
    try:
        with transaction.atomic():
            if not no_account_yet():
                return False
            user.is_staff = user.is_superuser = True
            user.save()
            FirstAccount.objects.create(user=user)
    except IntegrityError:
        return False
    return True
