from django.apps import AppConfig


class ProgramConfig(AppConfig):
    name = "podium.program"
    label = "program"
    verbose_name = "Program"

    def ready(self):
        from podium.program import versioning

        versioning.connect()
