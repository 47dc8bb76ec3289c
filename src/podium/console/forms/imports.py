from django import forms
from django.conf import settings

from podium.console.import_flow import SOURCES


class ImportForm(forms.Form):
    source = forms.ChoiceField(label="Format", choices=list(SOURCES.items()), initial="sessionize")
    file = forms.FileField(
        label="File",
        required=False,
        help_text="A Sessionize “All” view (the JSON of "
        "https://sessionize.com/api/v2/<id>/view/All) or a frab schedule (JSON or XML), "
        "saved to a file.",
    )
    url = forms.URLField(
        label="Or its URL",
        required=False,
        max_length=2000,
        assume_scheme="https",
        help_text="E.g. https://sessionize.com/api/v2/<id>/view/All, or a pretalx event's "
        "address (https://pretalx.example.org/<event>/): read once, now.",
    )
    remove_console_objects = forms.BooleanField(
        label="Also remove the objects made in the console that the file does not have",
        required=False,
        help_text="Unticked, they are kept; objects of earlier imports that the file no "
        "longer has are removed either way.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # The same limit as `podium import`; a very large event's file is a few megabytes.
        limit = settings.PODIUM_IMPORT_MAX_MB * 2**20
        if upload is not None and upload.size > limit:
            raise forms.ValidationError(
                f"The file has {upload.size:,} bytes; the limit is {limit:,} "
                f"({settings.PODIUM_IMPORT_MAX_MB} MB, PODIUM_IMPORT_MAX_MB)."
            )
        return upload

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if data.get("source") == "pretalx" and not data.get("url"):
            raise forms.ValidationError("A pretalx event is read from its URL: give the URL.")
        if bool(data.get("file")) == bool(data.get("url")):
            raise forms.ValidationError("Choose a file or give a URL (one of them).")
        return data
