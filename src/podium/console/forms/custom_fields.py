"""Category items and question answers on the session and speaker forms.

Sessions and speakers carry the same two kinds of custom field: items of categories
(checkboxes) and answers to questions (one text box per question). This mixin adds
those fields for the event's categories and questions of one target and writes them
back while keeping the imported order of what stays.
"""

from django import forms
from django.db.models import Max

from podium.program.models import CategoryItem, Question
from podium.program.models.question import QuestionType

LONG_TYPES = {QuestionType.LONG_TEXT}


class CustomFieldsMixin:
    target: str  # "session" or "speaker"
    item_link_model: type  # SessionItem or SpeakerItem
    answer_model: type  # SessionAnswer or SpeakerAnswer

    def add_custom_fields(self, event) -> None:
        instance = self.instance
        items = CategoryItem.objects.filter(event=event, category__type=self.target)
        field = forms.ModelMultipleChoiceField(
            queryset=items.select_related("category").order_by("category__sort", "sort", "pk"),
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label="Category items",
        )
        field.label_from_instance = lambda item: f"{item.category.title}: {item.name}"
        if instance.pk:
            field.initial = [item.pk for item in instance.items.all()]
        self.fields["items"] = field
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
        return ["items"] + [f"answer_{q.pk}" for q in self.questions]

    def save_custom_fields(self) -> None:
        owner = self.instance
        owner_field = self.target
        links = self.item_link_model.objects.filter(**{owner_field: owner})
        chosen = list(self.cleaned_data["items"])
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
