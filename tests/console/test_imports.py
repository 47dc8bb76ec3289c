from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from podium.program.models import Session
from tests.importers.payloads import current, encode, snapshot


def upload(console, content: bytes):
    file = SimpleUploadedFile("All.json", content, content_type="application/json")
    return console.post(reverse("console:import", args=["conf"]), {"file": file})


def test_import_valid_file_fills_event(console, event):
    response = upload(console, encode(current()))
    assert response.status_code == 302
    assert response["Location"] == reverse("console:event", args=["conf"])
    titles = sorted(Session.objects.filter(event=event).values_list("title", flat=True))
    assert titles == ["Deep dive", "Lunch", "Opening keynote"]
    event.refresh_from_db()
    assert (event.name, event.time_zone) == ("Conf 2026", "Europe/Berlin")


def test_import_error_shown_and_data_unchanged(console, event):
    upload(console, encode(current()))
    before = snapshot()
    broken = current()
    broken["sessions"][1]["roomId"] = 999
    broken["sessions"][0]["title"] = "Changed"
    response = upload(console, encode(broken))
    assert response.status_code == 400
    error = response.context["error"]
    assert error.startswith("sessions[1].roomId: 999")
    assert "Nothing was imported." in response.content.decode()
    assert snapshot() == before


def test_import_not_json_error_shown(console, event):
    response = upload(console, b"<html>not json</html>")
    assert response.status_code == 400
    assert response.context["error"] != ""
    assert Session.objects.count() == 0


def test_import_without_file_form_error(console, event):
    response = console.post(reverse("console:import", args=["conf"]), {})
    assert response.context["form"].errors["file"] == ["This field is required."]


def test_import_page_renders(console, event):
    assert console.get(reverse("console:import", args=["conf"])).status_code == 200


def test_import_file_over_the_import_limit_form_error(console, event, settings):
    settings.PODIUM_IMPORT_MAX_MB = 1
    response = upload(console, b" " * (2**20 + 1))
    assert response.context["form"].errors["file"] == [
        "The file has 1,048,577 bytes; the limit is 1,048,576 (1 MB, PODIUM_IMPORT_MAX_MB)."
    ]
    assert Session.objects.count() == 0


def test_import_javascript_link_error_shown(console, event):
    data = current()
    data["sessions"][1]["liveUrl"] = "javascript:alert(1)"
    response = upload(console, encode(data))
    assert response.context["error"] == (
        "sessions[1].liveUrl: the string 'javascript:alert(1)' is not an http:// or https:// URL"
    )
    assert Session.objects.count() == 0
