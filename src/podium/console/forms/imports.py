from django import forms
from django.conf import settings


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Sessionize “All” file",
        help_text="The JSON of https://sessionize.com/api/v2/<id>/view/All, saved to a file.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # The same limit as `podium import`; a very large event's file is a few megabytes.
        limit = settings.PODIUM_IMPORT_MAX_MB * 2**20
        if upload.size > limit:
            raise forms.ValidationError(
                f"The file has {upload.size:,} bytes; the limit is {limit:,} "
                f"({settings.PODIUM_IMPORT_MAX_MB} MB, PODIUM_IMPORT_MAX_MB)."
            )
        return upload
