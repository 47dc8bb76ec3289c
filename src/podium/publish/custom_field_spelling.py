"""Exposed custom fields as the CLI writes them: ``all``, ``none`` or ids.

An id alone (``5``) names a category or a question when only one of them has it;
``category:5`` and ``question:7`` say which.
"""

from podium.program.models import Category, Event, Question
from podium.publish.models import Endpoint
from podium.publish.option_table import OptionError


def parse_custom_fields(
    event: Event, spec: str, flag: str
) -> tuple[list[Category], list[Question]]:
    """The categories and questions of ``event`` that ``spec`` names, in its order."""
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
                f"{flag}: {token!r} is not an id (use all, none, or ids such as "
                "12,category:5,question:7)"
            )
        public_id, kind = int(number), kind.lower()
        category = by_category.get(public_id) if kind in {"", "category"} else None
        question = by_question.get(public_id) if kind in {"", "question"} else None
        if category is not None and question is not None:
            raise OptionError(
                f"{flag}: {public_id} is both category {category.title!r} and question "
                f"{question.question!r}; write category:{public_id} or question:{public_id}"
            )
        if category is None and question is None:
            what = {"": "a category or question", "category": "a category"}.get(kind, "a question")
            raise OptionError(
                f"{flag}: {public_id} is not the id of {what} of event {event.slug!r}"
            )
        if category is not None and category not in chosen_categories:
            chosen_categories.append(category)
        if question is not None and question not in chosen_questions:
            chosen_questions.append(question)
    return chosen_categories, chosen_questions


def custom_fields_text(endpoint: Endpoint) -> str:
    """Exposed custom fields as ``parse_custom_fields`` takes them back."""
    tokens = [f"category:{c.public_id}" for c in endpoint.exposed_categories.all()]
    tokens += [f"question:{q.public_id}" for q in endpoint.exposed_questions.all()]
    return ",".join(tokens) or "none"
