from django.apps import AppConfig


class ConsoleConfig(AppConfig):
    name = "podium.console"
    label = "console"
    verbose_name = "Organizer console"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from podium.console.access import accept_invitations

        user_logged_in.connect(
            lambda sender, request, user, **kwargs: accept_invitations(user),
            dispatch_uid="podium-accept-team-invitations",
            weak=False,
        )
