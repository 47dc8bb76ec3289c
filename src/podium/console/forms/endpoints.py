"""The endpoint form: every option of the public API, custom fields one by one."""

from django import forms

from podium.program.models import Category, Question
from podium.program.models.target import Target
from podium.publish.models import Endpoint
from podium.publish.option_table import OPTIONS, Kind, Setter
from podium.publish.renderers import RENDERERS

CUSTOM_FIELD_GROUPS = [
    ("session_categories", "Session categories", Category, Target.SESSION),
    ("session_questions", "Session questions", Question, Target.SESSION),
    ("speaker_categories", "Speaker categories", Category, Target.SPEAKER),
    ("speaker_questions", "Speaker questions", Question, Target.SPEAKER),
]


# Categories say what they describe in ``type``, questions in ``target``.
TARGET_FIELD = {Category: "type", Question: "target"}


def available_formats(current: str) -> list[tuple[str, str]]:
    """The formats this installation renders (a registry), and the endpoint's own."""
    choices = Endpoint._meta.get_field("format").choices
    return [(value, label) for value, label in choices if value in RENDERERS or value == current]


# The options the console sets, in the table's order; custom fields have their own section.
FORM_OPTIONS = [
    option
    for option in OPTIONS
    if Setter.CONSOLE in option.setters and option.kind is not Kind.CUSTOM_FIELDS
]


class EndpointForm(forms.ModelForm):
    """The option table's fields (help from the model, which has it from the table)."""

    class Meta:
        model = Endpoint
        fields = [option.name for option in FORM_OPTIONS]
        # Every value of a choice stays in view, with its label.
        widgets = {o.name: forms.RadioSelect for o in FORM_OPTIONS if o.kind is Kind.CHOICE}
        labels = {option.name: option.label for option in FORM_OPTIONS}

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.event = event
        self.fields["format"].choices = available_formats(self.instance.format)
        for option in FORM_OPTIONS:
            if option.kind is Kind.CATEGORY:
                category = self.fields[option.name]
                category.queryset = Category.objects.filter(event=event, type=Target.SESSION)
                category.empty_label = option.none_label
        exposed = self.exposed_ids()
        for name, label, model, target in CUSTOM_FIELD_GROUPS:
            queryset = model.objects.filter(event=event, **{TARGET_FIELD[model]: target})
            self.fields[name] = forms.ModelMultipleChoiceField(
                queryset=queryset,
                required=False,
                label=label,
                widget=forms.CheckboxSelectMultiple,
                initial=[obj.pk for obj in queryset if obj.pk in exposed[model]],
            )

    def clean(self):
        data = super().clean()
        exposed = data.get("session_categories")
        for option in FORM_OPTIONS:
            group = data.get(option.name) if option.kind is Kind.CATEGORY else None
            # The Sessions view names the groups after the category's items: they become public.
            if group is not None and exposed is not None and group not in exposed:
                self.add_error(
                    option.name,
                    f"Grouping by “{group.title}” publishes its items: "
                    f"also tick “{group.title}” under Session categories.",
                )
        return data

    def exposed_ids(self) -> dict[type, set[int]]:
        if not self.instance.pk:
            return {Category: set(), Question: set()}
        return {
            Category: set(self.instance.exposed_categories.values_list("pk", flat=True)),
            Question: set(self.instance.exposed_questions.values_list("pk", flat=True)),
        }

    def option_fields(self):
        return [self[name] for name in self.Meta.fields]

    def custom_field_groups(self):
        return [self[name] for name, *_ in CUSTOM_FIELD_GROUPS]

    def save(self, commit=True):
        endpoint = super().save(commit=commit)
        if commit:
            data = self.cleaned_data
            endpoint.exposed_categories.set(
                [*data["session_categories"], *data["speaker_categories"]]
            )
            endpoint.exposed_questions.set([*data["session_questions"], *data["speaker_questions"]])
        return endpoint
