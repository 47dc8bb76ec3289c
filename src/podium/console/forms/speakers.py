from django import forms

from podium.console.forms.custom_fields import CustomFieldsMixin
from podium.console.forms.fields import form_field
from podium.program.models import Speaker, SpeakerAnswer, SpeakerItem, SpeakerLink


class SpeakerForm(CustomFieldsMixin, forms.ModelForm):
    target = "speaker"
    item_link_model = SpeakerItem
    answer_model = SpeakerAnswer

    class Meta:
        model = Speaker
        formfield_callback = form_field
        fields = [
            "first_name",
            "last_name",
            "tag_line",
            "bio",
            "profile_picture",
            "is_top_speaker",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}
        labels = {"profile_picture": "Profile picture URL", "is_top_speaker": "Top speaker"}

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.event = event
        self.add_custom_fields(event)

    def main_fields(self):
        names = set(self.custom_field_names())
        return [field for field in self if field.name not in names]

    def custom_fields(self):
        return [self[name] for name in self.custom_field_names()]


SpeakerLinkFormSet = forms.inlineformset_factory(
    Speaker,
    SpeakerLink,
    formfield_callback=form_field,
    fields=["title", "url", "link_type", "position"],
    labels={"url": "URL", "link_type": "Type", "position": "Order"},
    extra=2,
    can_delete=True,
)
