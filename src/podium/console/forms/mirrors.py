from django import forms

from podium.importers.errors import SessionizeError
from podium.importers.mirror.models import MirrorKind, MirrorPolicy
from podium.importers.mirror.timing import parse_every


class MirrorForm(forms.Form):
    url = forms.URLField(
        label="Source URL",
        max_length=1000,
        assume_scheme="https",
        help_text="A Sessionize endpoint, https://sessionize.com/api/v2/<id>/, or a pretalx "
        "event, https://pretalx.example.org/<event>/.",
    )
    kind = forms.ChoiceField(label="Source", choices=MirrorKind.choices)
    every = forms.CharField(
        label="Every",
        initial="5m",
        max_length=12,
        help_text="Time between runs: 1m to 7d, e.g. 5m, 2h, 1d.",
    )
    policy = forms.ChoiceField(
        label="Objects edited in podium",
        choices=MirrorPolicy.choices,
        help_text="The source wins: edits made here are replaced by the source's at its next "
        "change. Podium's edits are kept: objects edited, added or deleted here stay so.",
    )

    def clean_every(self):
        try:
            return parse_every(self.cleaned_data["every"])
        except SessionizeError as error:
            raise forms.ValidationError(str(error).removeprefix("--every: ")) from None
