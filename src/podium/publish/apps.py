from django.apps import AppConfig


class PublishConfig(AppConfig):
    name = "podium.publish"
    label = "publish"
    verbose_name = "Publishing"

    def ready(self):
        from podium.publish.models import endpoint

        endpoint.connect_signals()
