from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "podium.demo"
    label = "demo"
