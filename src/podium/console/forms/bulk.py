"""One action on the sessions ticked in the session list."""

from django import forms

from podium.program.models import SessionStatus

ACTIONS = [
    ("accept", "Accept"),
    ("inform", "Mark speakers informed"),
    ("room", "Move to room"),
    ("delete", "Delete…"),
]


class BulkForm(forms.Form):
    action = forms.ChoiceField(choices=ACTIONS)
    selected = forms.ModelMultipleChoiceField(
        queryset=None,
        error_messages={"required": "Tick at least one session."},
    )
    room = forms.ModelChoiceField(queryset=None, required=False, empty_label="No room")
    back = forms.CharField(required=False, max_length=2000)  # the list's query string

    def __init__(self, data, *, event):
        super().__init__(data)
        self.event = event
        self.fields["selected"].queryset = event.sessions.all()
        self.fields["room"].queryset = event.rooms.all()

    def describe(self) -> str:
        """The action in words, e.g. "Move to room" for 3 sessions."""
        action = dict(ACTIONS)[self.cleaned_data["action"]]
        return f"{action} ({plural(len(self.cleaned_data['selected']))})"

    def apply(self) -> str:
        """Change the chosen sessions (deletion aside) and say what was done."""
        sessions = self.event.sessions.filter(pk__in=[s.pk for s in self.cleaned_data["selected"]])
        action = self.cleaned_data["action"]
        if action == "accept":
            count = sessions.exclude(is_service_session=True).update(status=SessionStatus.ACCEPTED)
            done = f"Accepted {plural(count)}."
        elif action == "inform":
            count = sessions.exclude(is_service_session=True).update(is_informed=True)
            done = f"Marked the speakers of {plural(count)} informed."
        else:
            room = self.cleaned_data["room"]
            count = sessions.update(room=room)
            done = f"Moved {plural(count)} to {room.name if room else 'no room'}."
        # QuerySet.update sends no signals: the published data changed all the same.
        self.event.touch()
        return done


def plural(count: int) -> str:
    return f"{count} session" if count == 1 else f"{count} sessions"
