from django.apps import AppConfig


class ServerConfig(AppConfig):
    name = "podium.server"
    label = "server"
