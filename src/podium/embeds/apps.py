from django.apps import AppConfig


class EmbedsConfig(AppConfig):
    name = "podium.embeds"
    label = "embeds"
    verbose_name = "Embeds"
