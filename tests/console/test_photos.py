"""Speaker photos: upload, checks, replacing and removing, and how they are served."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from podium.importers.archive import export_event, restore_event
from podium.program.models import Event, Speaker
from podium.publish.models import Endpoint
from tests.console.photo_files import (
    CAMERA,
    encoded,
    jpeg_with_exif,
    picture,
    png_claiming,
    png_transparent,
)
from tests.factories import SessionFactory, SpeakerFactory

NOT_AN_IMAGE = (
    "The file is not a JPEG, PNG or WebP image (its content is checked, not its name or type)."
)


@pytest.fixture(autouse=True)
def photo_dir(settings, tmp_path):
    settings.STORAGES = settings.STORAGES | {
        "photos": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "photos"},
        }
    }
    return tmp_path / "photos"


@pytest.fixture
def speaker(event):
    return SpeakerFactory(event=event, first_name="Ada", last_name="Lovelace")


def upload(console, speaker, content: bytes, name="ada.jpg", content_type="image/jpeg"):
    file = SimpleUploadedFile(name, content, content_type=content_type)
    url = reverse("console:speaker-photo", args=[speaker.event.slug, speaker.pk])
    return console.post(url, {"photo": file})


def remove(console, speaker):
    url = reverse("console:speaker-photo-remove", args=[speaker.event.slug, speaker.pk])
    return console.post(url)


def stored(photo_dir) -> list[str]:
    return sorted(path.name for path in photo_dir.iterdir()) if photo_dir.exists() else []


def served(client, url: str) -> Image.Image:
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200
    return Image.open(BytesIO(b"".join(response.streaming_content)))


def form_errors(response) -> list[str]:
    return response.context["form"].errors["photo"]


def test_photo_upload_valid_jpeg_published_as_absolute_url(console, speaker, photo_dir):
    response = upload(console, speaker, jpeg_with_exif())
    assert response.status_code == 302
    assert response["Location"] == reverse("console:speaker", args=["conf", speaker.pk])
    speaker.refresh_from_db()
    [digest] = {name.split("-")[0] for name in stored(photo_dir)}
    assert speaker.profile_picture == f"http://testserver/photos/{digest}-400.jpg"
    assert stored(photo_dir) == [f"{digest}-120.jpg", f"{digest}-400.jpg"]


def test_photo_upload_resized_to_square_sizes(console, speaker, client):
    upload(console, speaker, jpeg_with_exif(640, 480))
    speaker.refresh_from_db()
    large = served(client, speaker.profile_picture)
    small = served(client, speaker.profile_picture.replace("-400.jpg", "-120.jpg"))
    assert (large.format, large.size, small.size) == ("JPEG", (400, 400), (120, 120))


def test_photo_upload_smaller_than_sizes_not_enlarged(console, speaker, client):
    upload(console, speaker, encoded(picture(200, 100), "PNG"), "ada.png", "image/png")
    speaker.refresh_from_db()
    assert served(client, speaker.profile_picture).size == (100, 100)


def test_photo_upload_exif_removed(console, speaker, client):
    assert CAMERA.encode() in jpeg_with_exif()
    upload(console, speaker, jpeg_with_exif())
    speaker.refresh_from_db()
    response = client.get(speaker.profile_picture.removeprefix("http://testserver"))
    content = b"".join(response.streaming_content)
    image = Image.open(BytesIO(content))
    assert (dict(image.getexif()), b"Exif" in content, CAMERA.encode() in content) == (
        {},
        False,
        False,
    )


def test_photo_upload_transparent_png_on_white(console, speaker, client):
    upload(console, speaker, png_transparent(), "ada.png", "image/png")
    speaker.refresh_from_db()
    image = served(client, speaker.profile_picture)
    assert (image.mode, image.getpixel((200, 0))) == ("RGB", (255, 255, 255))


def test_photo_upload_webp_accepted(console, speaker):
    response = upload(console, speaker, encoded(picture(64, 64), "WEBP"), "a.webp", "image/webp")
    assert response.status_code == 302
    speaker.refresh_from_db()
    assert speaker.profile_picture.endswith("-400.jpg")


def test_photo_upload_oversize_form_error(console, speaker, settings, photo_dir):
    settings.PODIUM_PHOTO_MAX_MB = 1
    response = upload(console, speaker, b"\xff" * (2**20 + 1))
    assert response.status_code == 400
    assert form_errors(response) == [
        "The file has 1,048,577 bytes; the limit is 1,048,576 (1 MB, PODIUM_PHOTO_MAX_MB)."
    ]
    assert stored(photo_dir) == []


def test_photo_upload_not_an_image_form_error(console, speaker, photo_dir):
    response = upload(console, speaker, b"%PDF-1.7 not a photo at all", "cv.jpg")
    assert response.status_code == 400
    assert form_errors(response) == [f"“cv.jpg”: {NOT_AN_IMAGE}"]
    speaker.refresh_from_db()
    assert (speaker.profile_picture, stored(photo_dir)) == (None, [])


def test_photo_upload_gif_disguised_as_jpeg_form_error(console, speaker, photo_dir):
    response = upload(console, speaker, encoded(picture(50, 50), "GIF"), "ada.jpg", "image/jpeg")
    assert response.status_code == 400
    assert form_errors(response) == [f"“ada.jpg”: {NOT_AN_IMAGE}"]
    assert stored(photo_dir) == []


def test_photo_upload_decompression_bomb_refused_before_decoding(console, speaker, photo_dir):
    response = upload(console, speaker, png_claiming(100_000, 100_000), "bomb.png", "image/png")
    assert response.status_code == 400
    assert form_errors(response) == [
        "“bomb.png”: The image is too large to decode safely: Image size (10000000000 pixels) "
        "exceeds limit of 178956970 pixels, could be decompression bomb DOS attack."
    ]
    response = upload(console, speaker, png_claiming(8000, 6000), "big.png", "image/png")
    assert form_errors(response) == [
        "“big.png”: The image is 8000 × 6000 pixels; the limit is 40 megapixels."
    ]
    assert stored(photo_dir) == []


def test_photo_upload_truncated_image_form_error(console, speaker):
    response = upload(console, speaker, jpeg_with_exif()[:2000])
    assert form_errors(response)[0].startswith(
        "“ada.jpg”: The image is damaged and cannot be read:"
    )


def test_photo_replace_deletes_previous_files(console, speaker, photo_dir):
    upload(console, speaker, jpeg_with_exif(640, 480))
    first = stored(photo_dir)
    upload(console, speaker, jpeg_with_exif(300, 500))
    speaker.refresh_from_db()
    second = stored(photo_dir)
    assert (len(first), len(second), set(first) & set(second)) == (2, 2, set())
    assert speaker.profile_picture.endswith(second[1])


def test_photo_remove_clears_picture_and_files(console, speaker, photo_dir):
    upload(console, speaker, jpeg_with_exif())
    response = remove(console, speaker)
    assert response.status_code == 302
    speaker.refresh_from_db()
    assert (speaker.profile_picture, stored(photo_dir)) == (None, [])


def test_photo_remove_keeps_files_another_speaker_uses(console, speaker, event, photo_dir):
    other = SpeakerFactory(event=event, first_name="Grace")
    upload(console, speaker, jpeg_with_exif())
    upload(console, other, jpeg_with_exif())
    remove(console, speaker)
    other.refresh_from_db()
    assert other.profile_picture.endswith(stored(photo_dir)[1])


def test_photo_remove_imported_url_leaves_files_alone(console, speaker, photo_dir):
    speaker.profile_picture = "https://sessionize.com/image/a468-400o400o1-x.jpg"
    speaker.save()
    page = console.get(reverse("console:speaker-photo", args=["conf", speaker.pk]))
    assert "A picture from elsewhere" in page.content.decode()
    remove(console, speaker)
    speaker.refresh_from_db()
    assert speaker.profile_picture is None


def test_photo_imported_url_kept_by_speaker_edit(console, speaker):
    url = "https://sessionize.com/image/a468-400o400o1-x.jpg"
    Speaker.objects.filter(pk=speaker.pk).update(profile_picture=url)
    page = console.get(reverse("console:speaker", args=["conf", speaker.pk])).content.decode()
    assert f'<a class="url" href="{url}">{url}</a>' in page
    assert "<img" not in page


def test_photo_thumbnail_shown_on_speaker_page(console, speaker):
    upload(console, speaker, jpeg_with_exif())
    speaker.refresh_from_db()
    page = console.get(reverse("console:speaker", args=["conf", speaker.pk])).content.decode()
    thumbnail = speaker.profile_picture.removeprefix("http://testserver").replace("-400", "-120")
    assert f'<img class="avatar" src="{thumbnail}"' in page


def test_photo_published_in_speaker_wall(console, speaker, event, client):
    SessionFactory(event=event).speakers.add(speaker)
    endpoint = Endpoint.objects.create(event=event, name="Web")
    upload(console, speaker, jpeg_with_exif())
    speaker.refresh_from_db()
    wall = client.get(f"/api/v2/{endpoint.id}/view/SpeakerWall").json()
    assert [entry["profilePicture"] for entry in wall] == [speaker.profile_picture]


def test_photo_urls_of_other_team_404(console, event, other_event):
    secret = SpeakerFactory(event=other_event)
    mine = SpeakerFactory(event=event)
    for slug, pk in [("secret", secret.pk), ("conf", secret.pk), ("secret", mine.pk)]:
        page = reverse("console:speaker-photo", args=[slug, pk])
        removal = reverse("console:speaker-photo-remove", args=[slug, pk])
        file = SimpleUploadedFile("a.jpg", jpeg_with_exif(), content_type="image/jpeg")
        assert [
            console.get(page).status_code,
            console.post(page, {"photo": file}).status_code,
            console.post(removal).status_code,
        ] == [404, 404, 404]
    assert secret.profile_picture == Speaker.objects.get(pk=secret.pk).profile_picture


def test_photo_upload_logged_out_redirected_to_log_in(client, speaker, photo_dir):
    response = upload(client, speaker, jpeg_with_exif())
    assert (response.status_code, stored(photo_dir)) == (302, [])


def test_photo_served_with_long_cache_lifetime(console, speaker, client):
    upload(console, speaker, jpeg_with_exif())
    speaker.refresh_from_db()
    path = speaker.profile_picture.removeprefix("http://testserver")
    response = client.get(path)
    name = path.rsplit("/", 1)[1]
    assert (
        response["Content-Type"],
        response["Cache-Control"],
        response["ETag"],
        response["X-Content-Type-Options"],
    ) == ("image/jpeg", "public, max-age=31536000, immutable", f'"{name}"', "nosniff")
    assert client.get(path, headers={"If-None-Match": f'"{name}"'}).status_code == 304
    assert client.head(path).status_code == 200
    assert client.post(path).status_code == 405


def test_photo_unknown_or_malformed_name_404(client, db, photo_dir):
    for path in ["/photos/" + "0" * 32 + "-400.jpg", "/photos/secret_key", "/photos/..%2Fx"]:
        assert (path, client.get(path).status_code) == (path, 404)


def test_photo_archive_restore_keeps_url_and_file(console, speaker, event, client):
    upload(console, speaker, jpeg_with_exif())
    speaker.refresh_from_db()
    archive = export_event(event)
    restore_event(archive, replace=True)
    restored = Speaker.objects.get(event__slug="conf", public_id=speaker.public_id)
    assert restored.profile_picture == speaker.profile_picture
    assert served(client, restored.profile_picture).size == (400, 400)
    assert export_event(Event.objects.get(slug="conf")) == archive


def test_photo_files_deleted_with_their_speaker(console, speaker, photo_dir):
    upload(console, speaker, jpeg_with_exif())
    console.post(reverse("console:speaker-delete", args=["conf", speaker.pk]))
    assert (Speaker.objects.filter(pk=speaker.pk).exists(), stored(photo_dir)) == (False, [])
