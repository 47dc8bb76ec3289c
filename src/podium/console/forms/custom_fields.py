"""Category items and question answers on the session and speaker forms.

Sessions and speakers carry the same two kinds of custom field: items of categories
(one control per category) and answers to questions (one text box per question). This mixin adds
those fields for the event's categories and questions of one target and writes them
back while keeping the imported order of what stays.
"""

from django import forms
from django.db.models import Max, QuerySet

from podium.program.models import CategoryItem, Question
from podium.program.models.question import QuestionType

LONG_TYPES = {QuestionType.LONG_TEXT}
RADIO_LIMIT = 6  # more items than this: a select rather than a column of radio buttons


class ItemChoice(forms.ModelChoiceField):
    def label_from_instance(self, item) -> str:
        return item.name


class ItemChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, item) -> str:
        return item.name


def category_field(category, items: list, chosen: set[int]) -> forms.Field:
    """One control for one category, labelled by its title.

    A single-choice category is radio buttons (a select when it has many items); an
    owner that already has several of its items (an import) keeps checkboxes, so saving
    the form unchanged loses none of them.
    """
    queryset = CategoryItem.objects.filter(pk__in=[item.pk for item in items]).order_by(
        "sort", "pk"
    )
    own = [item.pk for item in items if item.pk in chosen]
    if category.single_choice and len(own) <= 1:
        widget = forms.RadioSelect if len(items) <= RADIO_LIMIT else forms.Select
        field = ItemChoice(
            queryset=queryset,
            required=False,
            widget=widget,
            label=category.title,
            empty_label="None",
            blank=True,
        )
        field.initial = own[0] if own else None
        return field
    field = ItemChoices(
        queryset=queryset,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=category.title,
    )
    field.initial = own
    if category.single_choice:
        field.help_text = "One choice only: keep one of these."
    return field


class CustomFieldsMixin:
    target: str  # "session" or "speaker"
    item_link_model: type  # SessionItem or SpeakerItem
    answer_model: type  # SessionAnswer or SpeakerAnswer

    def add_custom_fields(self, event) -> None:
        instance = self.instance
        items = CategoryItem.objects.filter(event=event, category__type=self.target)
        chosen = {item.pk for item in instance.items.all()} if instance.pk else set()
        by_category: dict = {}
        for item in items.select_related("category").order_by(
            "category__sort", "category__pk", "sort", "pk"
        ):
            by_category.setdefault(item.category, []).append(item)
        self.item_field_names = []
        for category, own in by_category.items():
            name = f"items_{category.pk}"
            self.fields[name] = category_field(category, own, chosen)
            self.item_field_names.append(name)
        answers = {a.question_id: a.value for a in instance.answers.all()} if instance.pk else {}
        self.questions = list(Question.objects.filter(event=event, target=self.target))
        for question in self.questions:
            long = question.question_type in LONG_TYPES
            self.fields[f"answer_{question.pk}"] = forms.CharField(
                label=question.question,
                required=False,
                strip=False,  # an imported answer is published exactly as it was
                initial=answers.get(question.pk, ""),
                widget=forms.Textarea(attrs={"rows": 3}) if long else forms.TextInput,
            )

    def custom_field_names(self) -> list[str]:
        return self.item_field_names + [f"answer_{q.pk}" for q in self.questions]

    def chosen_items(self) -> list:
        """The ticked items of every category, in the form's order."""
        chosen = []
        for name in self.item_field_names:
            value = self.cleaned_data.get(name)
            if value is None:
                continue
            chosen.extend(value if isinstance(value, QuerySet | list) else [value])
        return chosen

    def save_custom_fields(self) -> None:
        owner = self.instance
        owner_field = self.target
        links = self.item_link_model.objects.filter(**{owner_field: owner})
        chosen = self.chosen_items()
        links.exclude(item__in=chosen).delete()
        kept = set(links.values_list("item_id", flat=True))
        position = (links.aggregate(top=Max("position"))["top"] or 0) + 1
        for item in chosen:
            if item.pk not in kept:
                self.item_link_model.objects.create(
                    **{owner_field: owner}, item=item, position=position
                )
                position += 1
        answers = self.answer_model.objects.filter(**{owner_field: owner})
        existing = {answer.question_id: answer for answer in answers}
        position = max((a.position for a in existing.values()), default=0) + 1
        for question in self.questions:
            value = self.cleaned_data.get(f"answer_{question.pk}", "")
            answer = existing.get(question.pk)
            if not value.strip():
                if answer:
                    answer.delete()
            elif answer is None:
                self.answer_model.objects.create(
                    **{owner_field: owner}, question=question, value=value, position=position
                )
                position += 1
            elif answer.value != value:
                answer.value = value
                answer.extra = None  # it described the old answer (an uploaded file's)
                answer.save(update_fields=["value", "extra"])
