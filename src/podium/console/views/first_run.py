"""The first-run setup page and the log-in page that leads to it on an empty podium."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth
from django.http import Http404
from django.shortcuts import redirect, render

from podium.console.first_run import create_first_account, no_account_yet
from podium.console.forms.first_run import FirstAccountForm
from podium.console.views import posted


class LoginView(auth.LoginView):
    """Django's log-in page, except that nobody can log in before the first account."""

    def dispatch(self, request, *args, **kwargs):
        if no_account_yet():
            return redirect("console:setup")
        return super().dispatch(request, *args, **kwargs)


def setup(request):
    """Create the first account (a superuser), log it in; 404 once any account exists."""
    if not no_account_yet():
        raise Http404("podium has its first account already")
    form = FirstAccountForm(posted(request))
    if request.method == "POST" and form.is_valid():
        user = form.save(commit=False)
        # Checked again inside the transaction: another request may have won the race.
        if not create_first_account(user):
            raise Http404("podium has its first account already")
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, f"Welcome, {user.get_username()}. Your administrator account is ready."
        )
        return redirect("console:events")
    return render(request, "console/accounts/setup.html", {"form": form})
