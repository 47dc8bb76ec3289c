from django.db import models


def https_urls(field: models.Field, **kwargs):
    """Form fields for model fields; a web address typed without a scheme gets https://."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)
