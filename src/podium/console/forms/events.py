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


class DateInput(forms.DateInput):
    """The browser's date picker."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


DATE_WIDGETS = {"starts_on": DateInput, "ends_on": DateInput}


class EventCreateForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = ["name", "slug", "time_zone", "starts_on", "ends_on"]
        widgets = {"time_zone": TimeZoneInput, **DATE_WIDGETS}
        help_texts = {
            "slug": "Short name in URLs and on the command line: letters, digits, - and _.",
        }

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        twin = Event.objects.filter(slug__iexact=slug).first()
        if twin is not None:
            # Slugs ignore case, so "DEMO" is taken by "demo": say by which.
            taken = "is taken" if twin.slug == slug else f"is taken by “{twin.slug}”"
            raise forms.ValidationError(
                f"The slug “{slug}” {taken} (slugs ignore case): choose another."
            )
        return slug


class EventSettingsForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = ["name", "time_zone", "starts_on", "ends_on", "schedule_announced"]
        widgets = {"time_zone": TimeZoneInput, **DATE_WIDGETS}
