from django import forms

from podium.console.forms.custom_fields import CustomFieldsMixin
from podium.console.forms.fields import form_field
from podium.program.models import Session, SessionAnswer, SessionItem, SessionSpeaker


class LocalDateTimeInput(forms.DateTimeInput):
    """The browser's date-and-time picker; values are the event's wall-clock time."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


def event_day_limits(event) -> dict:
    """Picker limits on the event's days, so the picker opens on them."""
    limits = {}
    if event.starts_on:
        limits["min"] = f"{event.starts_on.isoformat()}T00:00"
    if event.ends_on:
        limits["max"] = f"{event.ends_on.isoformat()}T23:59"
    return limits


class SessionForm(CustomFieldsMixin, forms.ModelForm):
    target = "session"
    item_link_model = SessionItem
    answer_model = SessionAnswer

    class Meta:
        model = Session
        formfield_callback = form_field
        fields = [
            "title",
            "description",
            "status",
            "is_informed",
            "is_confirmed",
            "is_service_session",
            "is_plenum_session",
            "room",
            "starts_at",
            "ends_at",
            "live_url",
            "recording_url",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "starts_at": LocalDateTimeInput,
            "ends_at": LocalDateTimeInput,
        }
        labels = {
            "is_informed": "Speakers informed",
            "is_confirmed": "Speakers confirmed",
            "is_service_session": "Service session",
            "is_plenum_session": "Plenum session",
            "starts_at": "Starts",
            "ends_at": "Ends",
            "live_url": "Live stream URL",
            "recording_url": "Recording URL",
        }

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.event = event
        self.fields["room"].queryset = event.rooms.all()
        zone_help = f"The event's local time ({event.time_zone})."
        for name in ("starts_at", "ends_at"):
            self.fields[name].help_text = zone_help
            self.fields[name].widget.attrs.update(event_day_limits(event))
        if not self.instance.pk:
            # A session made here is one the organizer settled with its speakers: once
            # accepted it appears on endpoints that publish informed sessions (the
            # default) without a second step. Imports keep their own value.
            self.initial["is_informed"] = True
        self.add_custom_fields(event)

    def main_fields(self):
        names = set(self.custom_field_names())
        return [field for field in self if field.name not in names]

    def custom_fields(self):
        return [self[name] for name in self.custom_field_names()]


class SessionSpeakerFormSet(forms.BaseInlineFormSet):
    """The session's speakers in order; only speakers of the same event are offered."""

    def __init__(self, *args, event, **kwargs):
        self.event = event
        super().__init__(*args, **kwargs)

    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields["speaker"].queryset = self.event.speakers.all()

    def chosen(self) -> list:
        return [
            form.cleaned_data["speaker"]
            for form in self.forms
            if form.cleaned_data.get("speaker") and not form.cleaned_data.get("DELETE")
        ]


SpeakerOrderFormSet = forms.inlineformset_factory(
    Session,
    SessionSpeaker,
    formset=SessionSpeakerFormSet,
    fields=["speaker", "position"],
    labels={"position": "Order"},
    extra=2,
    can_delete=True,
)


def check_service_session(form: SessionForm, speakers: SessionSpeakerFormSet) -> bool:
    """A service session (break, lunch) has no speakers; say so on the form."""
    if form.cleaned_data.get("is_service_session") and speakers.chosen():
        form.add_error(
            "is_service_session",
            "A service session has no speakers: remove its speakers or untick this.",
        )
        return False
    return True
