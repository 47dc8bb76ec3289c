from django.apps import AppConfig


class PhotosConfig(AppConfig):
    name = "podium.photos"
    label = "photos"
    verbose_name = "Speaker photos"
