from django.apps import AppConfig


class ConsoleConfig(AppConfig):
    name = "podium.console"
    label = "console"
    verbose_name = "Organizer console"
