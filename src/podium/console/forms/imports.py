from django import forms

# A Sessionize All file of a very large event is a few megabytes.
MAX_IMPORT_BYTES = 50 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Sessionize “All” file",
        help_text="The JSON of https://sessionize.com/api/v2/<id>/view/All, saved to a file.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                f"The file has {upload.size:,} bytes; the limit is {MAX_IMPORT_BYTES:,}."
            )
        return upload
