from django.db import models


def form_field(field: models.Field, **kwargs):
    """Form fields for model fields, with the console's two rules on text.

    - An empty nullable text stays null (Django does this for CharField, not TextField):
      the wire format tells a missing description (null) from an empty one.
    - Long texts are kept as typed (or imported), surrounding white space included, so
      saving a form unchanged publishes the same bytes.
    - A web address typed without a scheme gets https://.
    """
    if isinstance(field, models.TextField):
        kwargs.setdefault("strip", False)
        if field.null:
            kwargs.setdefault("empty_value", None)
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)
