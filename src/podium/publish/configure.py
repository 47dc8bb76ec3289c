"""Endpoint options given as text (by the CLI), validated against one event, then applied.

Which options there are, and how each is written, comes from the option table.
Everything is checked before anything is written, and written in one transaction.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from podium.program.models import Category, Event, Question
from podium.publish.custom_field_spelling import parse_custom_fields
from podium.publish.models import Endpoint
from podium.publish.option_table import OPTIONS, Kind, Option, OptionError, Setter

ENDPOINT_ID = re.compile(r"^[a-z0-9]{8,12}$")
CUSTOM_FIELDS = next(option for option in OPTIONS if option.kind is Kind.CUSTOM_FIELDS)

__all__ = ["EndpointChanges", "OptionError", "apply_changes", "read_changes"]


@dataclass
class EndpointChanges:
    """Model field values to set, and the exposed custom fields (None: leave as they are)."""

    fields: dict[str, object] = field(default_factory=dict)
    categories: list[Category] | None = None
    questions: list[Question] | None = None


def read_changes(event: Event, options: dict, endpoint: Endpoint | None = None) -> EndpointChanges:
    """Validate CLI option values for a new endpoint (``endpoint`` None) or an existing one.

    ``options`` holds the values under the options' names, as ``add_option_arguments``
    stores them; None leaves an option as it is.
    """
    changes = EndpointChanges()
    if options.get("id") is not None:
        changes.fields["id"] = checked_new_id(options["id"])
    for option in OPTIONS:
        value = options.get(option.name)
        if value is None or Setter.CLI not in option.setters:
            continue
        if option.kind is Kind.CUSTOM_FIELDS:
            changes.categories, changes.questions = parse_custom_fields(event, value, option.flag)
        elif option.kind is Kind.CATEGORY:
            changes.fields[option.name] = grouping_category(event, value, option.flag)
        else:
            changes.fields[option.name] = checked_value(option, value)
    for option in OPTIONS:
        if option.kind is Kind.CATEGORY:
            check_category_is_exposed(option, changes, endpoint)
    return changes


def checked_value(option: Option, value):
    """A switch, choice or text value as the model stores it."""
    if option.kind is Kind.CHOICE and value not in option.choices.values:
        raise OptionError(f"{option.flag}: use one of {', '.join(option.choices.values)}")
    if option.kind is Kind.TEXT and len(value) > option.max_length:
        raise OptionError(f"{option.flag}: use at most {option.max_length} characters")
    return value


def checked_new_id(value: str) -> str:
    if not ENDPOINT_ID.match(value):
        raise OptionError(f"--id {value!r}: use 8 to 12 lowercase letters and digits")
    if Endpoint.objects.filter(pk=value).exists():
        raise OptionError(f"--id {value!r}: an endpoint with this id already exists")
    return value


def grouping_category(event: Event, value: str, flag: str) -> Category | None:
    if value.strip().lower() == "none":
        return None
    if not value.strip().isdigit():
        raise OptionError(f"{flag} {value!r}: give a category id, or none")
    category = Category.objects.filter(event=event, public_id=int(value)).first()
    if category is None:
        raise OptionError(f"{flag} {value}: event {event.slug!r} has no category with this id")
    if category.type != "session":
        raise OptionError(
            f"{flag} {value}: {category.title!r} is a {category.type} category; "
            "grouping needs a session category"
        )
    return category


def check_category_is_exposed(
    option: Option, changes: EndpointChanges, endpoint: Endpoint | None
) -> None:
    """A hidden category also vanishes from grouping, so grouping by one would do nothing."""
    if option.name in changes.fields:
        category = changes.fields[option.name]
    else:
        category = getattr(endpoint, option.name) if endpoint is not None else None
    if category is None:
        return
    if changes.categories is not None:
        exposed = category in changes.categories
    else:
        exposed = (
            endpoint is not None and endpoint.exposed_categories.filter(pk=category.pk).exists()
        )
    if not exposed:
        raise OptionError(
            f"{option.flag} {category.public_id}: category {category.title!r} is not an exposed "
            f"custom field; add it to {CUSTOM_FIELDS.flag} (or use {option.flag} none)"
        )


@transaction.atomic
def apply_changes(endpoint: Endpoint, changes: EndpointChanges) -> Endpoint:
    """Write the changes; a new endpoint (unsaved) is created."""
    for name, value in changes.fields.items():
        setattr(endpoint, name, value)
    try:
        endpoint.full_clean()
    except ValidationError as error:
        raise OptionError("; ".join(error.messages)) from None
    endpoint.save()
    if changes.categories is not None:
        endpoint.exposed_categories.set(changes.categories)
    if changes.questions is not None:
        endpoint.exposed_questions.set(changes.questions)
    return endpoint
