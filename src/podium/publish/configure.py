"""Endpoint options given as text (by the CLI), validated against one event, then applied.

Everything is checked before anything is written, and written in one transaction.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from podium.program.models import Category, Event, Question
from podium.publish.models import Endpoint, Format, IncludeSessions

ENDPOINT_ID = re.compile(r"^[a-z0-9]{8,12}$")


class OptionError(ValueError):
    """An option value that cannot be applied; the message names the option."""


@dataclass
class EndpointChanges:
    """Model field values to set, and the exposed custom fields (None: leave as they are)."""

    fields: dict[str, object] = field(default_factory=dict)
    categories: list[Category] | None = None
    questions: list[Question] | None = None


def read_changes(event: Event, options: dict, endpoint: Endpoint | None = None) -> EndpointChanges:
    """Validate CLI option values for a new endpoint (``endpoint`` None) or an existing one."""
    changes = EndpointChanges()
    simple = {
        "name": "name",
        "format": "format",
        "sessions": "include_sessions",
        "service_sessions": "service_sessions",
        "links": "speaker_links",
        "utc": "utc_times",
        "show_schedule": "show_schedule",
        "enabled": "enabled",
    }
    for option, model_field in simple.items():
        if options.get(option) is not None:
            changes.fields[model_field] = options[option]
    if len(changes.fields.get("name", "")) > 200:
        raise OptionError("--name: use at most 200 characters")
    if changes.fields.get("format", Format.JSON) not in Format.values:
        raise OptionError(f"--format: use one of {', '.join(Format.values)}")
    if (
        changes.fields.get("include_sessions", IncludeSessions.INFORMED)
        not in IncludeSessions.values
    ):
        raise OptionError(f"--sessions: use one of {', '.join(IncludeSessions.values)}")
    if options.get("id") is not None:
        changes.fields["id"] = checked_new_id(options["id"])
    if options.get("custom_fields") is not None:
        changes.categories, changes.questions = custom_fields(event, options["custom_fields"])
    if options.get("group_by") is not None:
        changes.fields["group_by"] = group_by(event, options["group_by"])
    check_group_is_exposed(changes, endpoint)
    return changes


def checked_new_id(value: str) -> str:
    if not ENDPOINT_ID.match(value):
        raise OptionError(f"--id {value!r}: use 8 to 12 lowercase letters and digits")
    if Endpoint.objects.filter(pk=value).exists():
        raise OptionError(f"--id {value!r}: an endpoint with this id already exists")
    return value


def custom_fields(event: Event, spec: str) -> tuple[list[Category], list[Question]]:
    """``all``, ``none`` or ids: ``5`` (when unambiguous), ``category:5``, ``question:7``."""
    categories = list(Category.objects.filter(event=event))
    questions = list(Question.objects.filter(event=event))
    if spec.strip().lower() == "all":
        return categories, questions
    if spec.strip().lower() == "none":
        return [], []
    by_category = {c.public_id: c for c in categories}
    by_question = {q.public_id: q for q in questions}
    chosen_categories, chosen_questions = [], []
    for token in (t.strip() for t in spec.split(",")):
        kind, _, number = token.rpartition(":")
        if not number.isdigit() or kind.lower() not in {"", "category", "question"}:
            raise OptionError(
                f"--custom-fields: {token!r} is not an id (use all, none, or ids such as "
                "12,category:5,question:7)"
            )
        public_id, kind = int(number), kind.lower()
        category = by_category.get(public_id) if kind in {"", "category"} else None
        question = by_question.get(public_id) if kind in {"", "question"} else None
        if category is not None and question is not None:
            raise OptionError(
                f"--custom-fields: {public_id} is both category {category.title!r} and question "
                f"{question.question!r}; write category:{public_id} or question:{public_id}"
            )
        if category is None and question is None:
            what = {"": "a category or question", "category": "a category"}.get(kind, "a question")
            raise OptionError(
                f"--custom-fields: {public_id} is not the id of {what} of event {event.slug!r}"
            )
        if category is not None and category not in chosen_categories:
            chosen_categories.append(category)
        if question is not None and question not in chosen_questions:
            chosen_questions.append(question)
    return chosen_categories, chosen_questions


def group_by(event: Event, value: str) -> Category | None:
    if value.strip().lower() == "none":
        return None
    if not value.strip().isdigit():
        raise OptionError(f"--group-by {value!r}: give a category id, or none")
    category = Category.objects.filter(event=event, public_id=int(value)).first()
    if category is None:
        raise OptionError(f"--group-by {value}: event {event.slug!r} has no category with this id")
    if category.type != "session":
        raise OptionError(
            f"--group-by {value}: {category.title!r} is a {category.type} category; "
            "grouping needs a session category"
        )
    return category


def check_group_is_exposed(changes: EndpointChanges, endpoint: Endpoint | None) -> None:
    """A hidden category also vanishes from grouping, so grouping by one would do nothing."""
    if "group_by" in changes.fields:
        category = changes.fields["group_by"]
    else:
        category = endpoint.group_by if endpoint is not None else None
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
            f"--group-by {category.public_id}: category {category.title!r} is not an exposed "
            f"custom field; add it to --custom-fields (or use --group-by none)"
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
