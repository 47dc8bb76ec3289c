from django.apps import AppConfig


class PublishConfig(AppConfig):
    name = "podium.publish"
    label = "publish"
    verbose_name = "Publishing"

    def ready(self):
        from podium.publish.models import endpoint

        endpoint.connect_signals()

        from podium.program.changes import program_changed
        from podium.publish.prerender import publish_changed

        program_changed.connect(publish_changed, dispatch_uid="podium-prerender")
