from django import forms
from django.conf import settings

from podium.photos.images import PhotoError, process


class PhotoForm(forms.Form):
    # A plain file field: Django's ImageField would hand the upload to every decoder
    # Pillow has; podium/photos/images.py opens it with the three it accepts only.
    photo = forms.FileField(
        label="Photo",
        help_text="A JPEG, PNG or WebP image. It is cropped to a square and resized; "
        "camera and location data are removed.",
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    def clean_photo(self):
        upload = self.cleaned_data["photo"]
        limit = settings.PODIUM_PHOTO_MAX_MB * 2**20
        if upload.size > limit:
            raise forms.ValidationError(
                f"The file has {upload.size:,} bytes; the limit is {limit:,} "
                f"({settings.PODIUM_PHOTO_MAX_MB} MB, PODIUM_PHOTO_MAX_MB)."
            )
        try:
            return process(upload.read())
        except PhotoError as problem:
            raise forms.ValidationError(f"“{upload.name}”: {problem}") from None
