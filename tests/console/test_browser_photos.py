"""In Chromium: upload a speaker's photo and find it published in the SpeakerWall view."""

import json
import urllib.request
from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from PIL import Image
from playwright.sync_api import expect

from podium.console.models import TeamMembership
from podium.demo.loader import load_demo
from tests.console import test_browser as browser
from tests.console.photo_files import jpeg_with_exif

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

page = browser.page


@pytest.fixture(autouse=True)
def photo_dir(settings, tmp_path):
    settings.STORAGES = settings.STORAGES | {
        "photos": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "photos"},
        }
    }


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url) as response:
        return response.read()


def test_browser_photo_upload_shown_in_speaker_wall(page, live_server, tmp_path):
    event = load_demo()
    user = get_user_model().objects.create_user("ada", "ada@example.org", browser.PASSWORD)
    TeamMembership.objects.create(event=event, user=user)
    speaker = event.speakers.get(first_name="Aisling")
    photo = tmp_path / "aisling.jpg"
    photo.write_bytes(jpeg_with_exif(900, 1200))

    page.goto("/console/")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(browser.PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"/console/events/demo/speakers/{speaker.pk}/")
    page.get_by_role("link", name="Upload a photo").click()
    page.get_by_label("Photo").set_input_files(photo)
    page.get_by_role("button", name="Upload photo").click()
    expect(page.get_by_role("status")).to_have_text("Saved the photo of “Aisling Murphy”.")
    thumbnail = page.get_by_role("img", name="Photo of Aisling Murphy")
    expect(thumbnail).to_be_visible()
    assert thumbnail.evaluate("(image) => [image.naturalWidth, image.naturalHeight]") == [120, 120]
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 844})
        browser.snap(page, f"30-speaker-photo-{width}")

    wall = json.loads(fetch(f"{live_server.url}/api/v2/demojson/view/SpeakerWall"))
    [picture] = [entry["profilePicture"] for entry in wall if entry["firstName"] == "Aisling"]
    speaker.refresh_from_db()
    assert picture == speaker.profile_picture
    assert picture.startswith(f"{live_server.url}/photos/")
    published = Image.open(BytesIO(fetch(picture)))
    assert (published.format, published.size, dict(published.getexif())) == ("JPEG", (400, 400), {})

    page.get_by_role("link", name="Replace or remove the photo").click()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Remove the photo").click()
    expect(page.get_by_role("status")).to_have_text("Removed the photo of “Aisling Murphy”.")
    wall = json.loads(fetch(f"{live_server.url}/api/v2/demojson/view/SpeakerWall"))
    assert [entry["profilePicture"] for entry in wall if entry["firstName"] == "Aisling"] == [None]
    assert page.csp_violations == []
