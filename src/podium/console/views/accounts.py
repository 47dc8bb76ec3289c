"""Log-in, log-out and passwords: Django's auth views with the console's templates."""

from django.contrib.auth import views as auth
from django.urls import path, reverse_lazy

from podium.console.views import first_run


def page(name: str) -> str:
    return f"console/accounts/{name}.html"


urlpatterns = [
    path(
        "login/",
        first_run.LoginView.as_view(template_name=page("login"), redirect_authenticated_user=True),
        name="login",
    ),
    path("setup/", first_run.setup, name="setup"),
    path("logout/", auth.LogoutView.as_view(next_page="console:login"), name="logout"),
    path(
        "password/change/",
        auth.PasswordChangeView.as_view(
            template_name=page("password_change"),
            success_url=reverse_lazy("console:password-change-done"),
        ),
        name="password-change",
    ),
    path(
        "password/change/done/",
        auth.PasswordChangeDoneView.as_view(template_name=page("password_change_done")),
        name="password-change-done",
    ),
    path(
        "password/reset/",
        auth.PasswordResetView.as_view(
            template_name=page("password_reset"),
            email_template_name="console/accounts/password_reset_email.txt",
            subject_template_name="console/accounts/password_reset_subject.txt",
            success_url=reverse_lazy("console:password-reset-done"),
        ),
        name="password-reset",
    ),
    path(
        "password/reset/sent/",
        auth.PasswordResetDoneView.as_view(template_name=page("password_reset_done")),
        name="password-reset-done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth.PasswordResetConfirmView.as_view(
            template_name=page("password_reset_confirm"),
            success_url=reverse_lazy("console:password-reset-complete"),
        ),
        name="password-reset-confirm",
    ),
    path(
        "password/reset/complete/",
        auth.PasswordResetCompleteView.as_view(template_name=page("password_reset_complete")),
        name="password-reset-complete",
    ),
]
