import zoneinfo

from django import forms

from podium.program.models import Event


class TimeZoneInput(forms.TextInput):
    """A text box suggesting the IANA names (the model validates the value)."""

    template_name = "console/widgets/time_zone.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, {**(attrs or {}), "list": "time-zones"})
        context["zones"] = sorted(zoneinfo.available_timezones())
        return context


class EventCreateForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = ["name", "slug", "time_zone"]
        widgets = {"time_zone": TimeZoneInput}
        help_texts = {
            "slug": "Short name in URLs and on the command line: letters, digits, - and _.",
        }


class EventSettingsForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = ["name", "time_zone", "schedule_announced"]
        widgets = {"time_zone": TimeZoneInput}
