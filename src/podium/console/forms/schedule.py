"""Placing one session in the schedule: a room, a day, a start and a length.

The schedule editor's script posts this form when a block is dropped or resized; the
keyboard form beside the grid posts the same fields.
"""

import datetime as dt

from django import forms

from podium.console.schedule_grid import SNAP

PLACE, UNSCHEDULE = "place", "unschedule"


class PlaceForm(forms.Form):
    session = forms.IntegerField(widget=forms.HiddenInput)
    version = forms.CharField(
        widget=forms.HiddenInput,
        error_messages={"required": "The session's version is missing: reload the page."},
    )
    action = forms.ChoiceField(choices=[(PLACE, "Place"), (UNSCHEDULE, "Unschedule")])
    room = forms.ModelChoiceField(queryset=None, required=False)
    day = forms.DateField(required=False)
    start = forms.TimeField(required=False)
    length = forms.IntegerField(
        label="Length (minutes)", min_value=SNAP, max_value=24 * 60, required=False
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["room"].queryset = event.rooms.all()

    def clean_start(self):
        start = self.cleaned_data["start"]
        if start is not None and (start.minute % SNAP or start.second or start.microsecond):
            raise forms.ValidationError(
                f"Times snap to {SNAP} minutes: {start:%H:%M} is not on the grid."
            )
        return start

    def clean_length(self):
        length = self.cleaned_data["length"]
        if length is not None and length % SNAP:
            raise forms.ValidationError(f"Lengths are multiples of {SNAP} minutes.")
        return length

    def clean(self):
        data = super().clean()
        if data.get("action") == PLACE:
            for name in ("room", "day", "start", "length"):
                if name not in self.errors and data.get(name) is None:
                    self.add_error(name, "Needed to place the session.")
        return data

    def times(self) -> tuple[dt.datetime, dt.datetime] | tuple[None, None]:
        """The new start and end (aware), or no times for an unscheduled session."""
        data = self.cleaned_data
        if data["action"] == UNSCHEDULE:
            return None, None
        start = dt.datetime.combine(data["day"], data["start"], tzinfo=self.event.tz)
        start = start.astimezone(dt.UTC)
        return start, start + dt.timedelta(minutes=data["length"])

    def first_error(self) -> str:
        """One sentence for the editor's status line: which field, and what is wrong."""
        for name, errors in self.errors.items():
            label = self.fields[name].label or name.capitalize() if name in self.fields else ""
            return f"{label}: {errors[0]}" if label else errors[0]
        return ""
