"""Forms for the simple program lists: rooms, questions, categories and their items."""

from django import forms

from podium.program.models import Category, CategoryItem, Event, Question, Room


class EventFormSet(forms.BaseModelFormSet):
    """A model formset over one event's objects; new rows join that event."""

    def __init__(self, *args, event: Event, **kwargs):
        self.event = event
        kwargs.setdefault("queryset", self.model.objects.filter(event=event))
        super().__init__(*args, **kwargs)

    def save_new(self, form, commit=True):
        form.instance.event = self.event
        return super().save_new(form, commit=commit)


RoomFormSet = forms.modelformset_factory(
    Room, fields=["name", "sort"], formset=EventFormSet, extra=2, can_delete=True
)

QuestionFormSet = forms.modelformset_factory(
    Question,
    fields=["question", "target", "question_type", "sort"],
    formset=EventFormSet,
    extra=2,
    can_delete=True,
)


class CategoryForm(forms.ModelForm):
    class Meta:
        model = Category
        fields = ["title", "type", "single_choice", "sort"]
        help_texts = {"type": "Whether the category describes sessions or speakers."}


class ItemFormSet(forms.BaseInlineFormSet):
    def save_new(self, form, commit=True):
        form.instance.event_id = self.instance.event_id
        return super().save_new(form, commit=commit)


CategoryItemFormSet = forms.inlineformset_factory(
    Category,
    CategoryItem,
    fields=["name", "sort"],
    formset=ItemFormSet,
    extra=3,
    can_delete=True,
)
