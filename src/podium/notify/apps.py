from django.apps import AppConfig


class NotifyConfig(AppConfig):
    name = "podium.notify"
    label = "notify"
    verbose_name = "Publication history and webhooks"

    def ready(self):
        from podium.notify.history import follow_changes

        follow_changes()
