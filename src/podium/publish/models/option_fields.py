"""The endpoint's option fields, made from the option table."""

from django.db import models

from podium.publish.option_table import OPTIONS, Kind, Option

# Every choice value fits; Django's checks say so when one does not.
CHOICE_LENGTH = 10


def fields_of(option: Option) -> dict[str, models.Field]:
    """The model fields that store one option."""
    if option.kind is Kind.SWITCH:
        field = models.BooleanField(default=option.default, help_text=option.help)
    elif option.kind is Kind.CHOICE:
        field = models.CharField(
            max_length=CHOICE_LENGTH,
            choices=option.choices.choices,
            default=option.default,
            help_text=option.help,
        )
    elif option.kind is Kind.TEXT:
        field = models.CharField(
            max_length=option.max_length,
            blank=True,
            validators=list(option.validators),
            help_text=option.help,
        )
    elif option.kind is Kind.CATEGORY:
        field = models.ForeignKey(
            "program.Category",
            on_delete=models.SET_NULL,
            null=True,
            blank=True,
            related_name="+",
            limit_choices_to={"type": "session"},
            help_text=option.help,
        )
    else:
        return {
            "exposed_categories": models.ManyToManyField(
                "program.Category", blank=True, related_name="+", help_text=option.help
            ),
            "exposed_questions": models.ManyToManyField(
                "program.Question", blank=True, related_name="+", help_text=option.help
            ),
        }
    return {option.name: field}


def option_fields_model() -> type[models.Model]:
    """An abstract model with the fields of every option, for the endpoint to inherit."""
    attributes = {name: f for option in OPTIONS for name, f in fields_of(option).items()}
    meta = type("Meta", (), {"abstract": True})
    return type(
        "EndpointOptionFields",
        (models.Model,),
        {"__module__": __name__, "Meta": meta, **attributes},
    )


EndpointOptionFields = option_fields_model()
