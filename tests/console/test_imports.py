import datetime as dt

import orjson
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from podium.console.models import EventSnapshot, PendingImport, TeamMembership
from podium.console.snapshots import keep_before_change
from podium.importers.archive import export_event
from podium.program.models import Room, Session
from podium.publish.models import Endpoint
from tests.console.conftest import make_user
from tests.importers.frab import documents as frab_documents
from tests.importers.payloads import current, encode, snapshot


def upload(console, content: bytes, **extra):
    file = SimpleUploadedFile("All.json", content, content_type="application/json")
    data = {"source": "sessionize", "file": file, **extra}
    return console.post(reverse("console:import", args=["conf"]), data)


def preview_and_apply(console, content: bytes, **extra):
    response = upload(console, content, **extra)
    pending = PendingImport.objects.get()
    assert response["Location"] == reverse("console:import-preview", args=["conf", pending.pk])
    return console.post(reverse("console:import-apply", args=["conf", pending.pk]))


def test_import_upload_previews_without_writing(console, event):
    before = snapshot()
    response = upload(console, encode(current()))
    assert response.status_code == 302
    assert snapshot() == before
    page = console.get(response["Location"])
    groups = {group["name"]: group for group in page.context["groups"]}
    assert page.context["counts"] == {"added": 14, "changed": 0, "removed": 0}
    assert groups["Session"]["summary"] == "3 added"
    assert [c["label"] for c in groups["Session"]["changes"]] == [
        "Opening keynote",
        "Deep dive",
        "Lunch",
    ]
    assert "Apply the import" in page.content.decode()


def test_import_apply_fills_event(console, event):
    response = preview_and_apply(console, encode(current()))
    assert response["Location"] == reverse("console:event", args=["conf"])
    titles = sorted(Session.objects.filter(event=event).values_list("title", flat=True))
    assert titles == ["Deep dive", "Lunch", "Opening keynote"]
    assert PendingImport.objects.count() == 0
    [kept] = EventSnapshot.objects.all()
    assert (kept.kind, kept.label, kept.taken_by.username) == (
        "import",
        "Before import of All.json",
        "ada",
    )


def test_import_preview_lists_changed_fields_and_removals(console, event):
    preview_and_apply(console, encode(current()))
    data = current()
    data["sessions"][0]["title"] = "New keynote"
    del data["sessions"][2]
    upload(console, encode(data))
    page = console.get(
        reverse("console:import-preview", args=["conf", PendingImport.objects.get().pk])
    )
    [sessions] = [g["changes"] for g in page.context["groups"] if g["name"] == "Session"]
    assert [(c["label"], c["change"], c["fields"]) for c in sessions] == [
        ("New keynote", "changed", ["title"]),
        ("Lunch", "removed", []),
    ]


def test_import_cancel_changes_nothing(console, event):
    before = export_event(event)
    upload(console, encode(current()))
    pending = PendingImport.objects.get()
    response = console.post(reverse("console:import-cancel", args=["conf", pending.pk]))
    assert response["Location"] == reverse("console:import", args=["conf"])
    assert export_event(event) == before
    assert PendingImport.objects.count() == 0
    assert EventSnapshot.objects.count() == 0


def test_import_keeps_console_objects_by_default(console, event):
    preview_and_apply(console, encode(current()))
    Room.objects.create(event=event, name="Hand-made room")
    session = Session.objects.create(
        event=event, title="Hand-made", room=Room.objects.get(name="Hand-made room")
    )
    data = current()
    del data["sessions"][2]
    upload(console, encode(data))
    pending = PendingImport.objects.get()
    page = console.get(reverse("console:import-preview", args=["conf", pending.pk]))
    assert [k["label"] for k in page.context["kept"]] == ["Hand-made room", "Hand-made"]
    console.post(reverse("console:import-apply", args=["conf", pending.pk]))
    titles = sorted(Session.objects.filter(event=event).values_list("title", flat=True))
    assert titles == ["Deep dive", "Hand-made", "Opening keynote"]
    session.refresh_from_db()
    assert session.room.name == "Hand-made room"


def test_import_removes_console_objects_when_chosen(console, event):
    Session.objects.create(event=event, title="Hand-made")
    preview_and_apply(console, encode(current()), remove_console_objects="on")
    titles = sorted(Session.objects.filter(event=event).values_list("title", flat=True))
    assert titles == ["Deep dive", "Lunch", "Opening keynote"]


def test_import_apply_refused_after_event_changed(console, event):
    upload(console, encode(current()))
    pending = PendingImport.objects.get()
    Session.objects.create(event=event, title="Meanwhile")
    before = export_event(event)
    response = console.post(reverse("console:import-apply", args=["conf", pending.pk]), follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "Nothing was imported: the event changed since the preview. Import the file again."
    ]
    assert export_event(event) == before
    assert EventSnapshot.objects.count() == 0


def test_import_undo_restores_the_export(console, event):
    Session.objects.create(event=event, title="Hand-made")
    preview_and_apply(console, encode(current()))
    before = export_event(event)
    data = current()
    data["sessions"][0]["title"] = "Changed"
    preview_and_apply(console, encode(data), remove_console_objects="on")
    assert export_event(event) != before
    response = console.post(reverse("console:import-undo", args=["conf"]))
    assert response["Location"] == reverse("console:import", args=["conf"])
    assert export_event(event) == before


def test_import_undo_without_import_404(console, event):
    assert console.post(reverse("console:import-undo", args=["conf"])).status_code == 404


def test_import_page_lists_snapshots(console, event):
    preview_and_apply(console, encode(current()))
    page = console.get(reverse("console:import", args=["conf"]))
    assert [s.label for s in page.context["snapshots"]] == ["Before import of All.json"]
    assert "Undo last import" in page.content.decode()


def test_snapshot_restore_view_restores(console, event):
    preview_and_apply(console, encode(current()))
    kept = EventSnapshot.objects.get()
    console.post(reverse("console:snapshot-restore", args=["conf", kept.pk]))
    assert Session.objects.filter(event=event).count() == 0


def test_import_error_shown_and_data_unchanged(console, event):
    preview_and_apply(console, encode(current()))
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


def test_import_without_file_or_url_form_error(console, event):
    response = console.post(reverse("console:import", args=["conf"]), {"source": "sessionize"})
    assert response.context["form"].non_field_errors() == [
        "Choose a file or give a URL (one of them)."
    ]


def test_import_url_on_loopback_refused(console, event):
    url = "http://127.0.0.1:9/view/All"
    response = console.post(
        reverse("console:import", args=["conf"]), {"source": "sessionize", "url": url}
    )
    assert response.status_code == 400
    assert response.context["error"].startswith(f"{url}: refused: ")
    assert PendingImport.objects.count() == 0


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


def test_import_preview_of_another_user_404(console, event, client):
    upload(console, encode(current()))
    pending = PendingImport.objects.get()
    colleague = make_user("bob")
    TeamMembership.objects.create(event=event, user=colleague)
    client.force_login(colleague)
    url = reverse("console:import-preview", args=["conf", pending.pk])
    assert client.get(url).status_code == 404
    assert (
        client.post(reverse("console:import-apply", args=["conf", pending.pk])).status_code == 404
    )


def test_import_views_of_another_team_404(console, event, other_event):
    grace = TeamMembership.objects.get(event=other_event).user
    kept = keep_before_change(other_event, "Before import of theirs.json", grace, kind="import")
    theirs = PendingImport.objects.create(
        event=other_event,
        user=grace,
        source="sessionize",
        origin="theirs.json",
        raw=encode(current()),
        data_version=other_event.data_version,
        changes={"changes": [], "kept": []},
    )
    urls = [("console:import", ["secret"], "get"), ("console:import-undo", ["secret"], "post")]
    for slug in ["secret", "conf"]:
        urls += [
            ("console:import-preview", [slug, theirs.pk], "get"),
            ("console:import-apply", [slug, theirs.pk], "post"),
            ("console:import-cancel", [slug, theirs.pk], "post"),
            ("console:import-removal", [slug, theirs.pk], "post"),
            ("console:snapshot-restore", [slug, kept.pk], "post"),
        ]
    for name, args, method in urls:
        response = getattr(console, method)(reverse(name, args=args))
        assert (name, args, response.status_code) == (name, args, 404)
    assert PendingImport.objects.filter(pk=theirs.pk).exists()
    assert EventSnapshot.objects.filter(pk=kept.pk).exists()


def test_import_frab_schedule_previewed_and_applied(console, event):
    raw = orjson.dumps(frab_documents.schedule())
    file = SimpleUploadedFile("schedule.json", raw, content_type="application/json")
    console.post(reverse("console:import", args=["conf"]), {"source": "frab", "file": file})
    pending = PendingImport.objects.get()
    added = {c["label"] for c in pending.changes["changes"] if c["kind"] == "sessions"}
    console.post(reverse("console:import-apply", args=["conf", pending.pk]))
    assert set(Session.objects.filter(event=event).values_list("title", flat=True)) == added


def test_import_kept_session_loses_removed_room(console, event):
    data = current()
    data["rooms"].append({"id": 19, "name": "Annex", "sort": 9})
    preview_and_apply(console, encode(data))
    session = Session.objects.create(
        event=event, title="Hand-made", room=Room.objects.get(event=event, name="Annex")
    )
    preview_and_apply(console, encode(current()))
    session.refresh_from_db()
    assert (session.title, session.room) == ("Hand-made", None)
    assert not Room.objects.filter(event=event, name="Annex").exists()


def test_import_preview_replaces_own_and_day_old_previews(console, event):
    colleague = make_user("bob")
    recent, old = (
        PendingImport.objects.create(
            event=event,
            user=colleague,
            source="sessionize",
            origin="x",
            raw=b"",
            data_version="",
            changes={},
        )
        for _ in range(2)
    )
    PendingImport.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=2))
    upload(console, encode(current()))
    upload(console, encode(current()))
    assert sorted(PendingImport.objects.values_list("user__username", flat=True)) == ["ada", "bob"]
    assert PendingImport.objects.filter(pk=recent.pk).exists()


def test_import_removal_chosen_on_the_preview(console, event):
    Session.objects.create(event=event, title="Hand-made")
    upload(console, encode(current()))
    pending = PendingImport.objects.get()
    url = reverse("console:import-removal", args=["conf", pending.pk])
    response = console.post(url, {"remove": "on"})
    assert response["Location"] == reverse("console:import-preview", args=["conf", pending.pk])
    pending.refresh_from_db()
    removed = [c["label"] for c in pending.changes["changes"] if c["change"] == "removed"]
    assert (pending.remove_console_objects, removed, pending.changes["kept"]) == (
        True,
        ["Hand-made"],
        [],
    )
    console.post(url, {"remove": "off"})
    pending.refresh_from_db()
    assert [k["label"] for k in pending.changes["kept"]] == ["Hand-made"]
    console.post(reverse("console:import-apply", args=["conf", pending.pk]))
    assert Session.objects.filter(event=event, title="Hand-made").exists()


def test_import_pretalx_without_url_form_error(console, event):
    file = SimpleUploadedFile("schedule.json", b"{}", content_type="application/json")
    response = console.post(
        reverse("console:import", args=["conf"]), {"source": "pretalx", "file": file}
    )
    assert response.context["form"].non_field_errors() == [
        "A pretalx event is read from its URL: give the URL."
    ]


def test_import_pretalx_url_reads_schedule_export_refused_on_loopback(console, event):
    data = {"source": "pretalx", "url": "http://127.0.0.1:9/conf/"}
    response = console.post(reverse("console:import", args=["conf"]), data)
    assert response.context["error"].startswith(
        "http://127.0.0.1:9/conf/schedule/export/schedule.json: refused: "
    )


def test_snapshot_restore_refused_archive_message_and_nothing_changed(console, event, other_event):
    Endpoint.objects.create(event=event, name="Website")
    kept = keep_before_change(event, "Before a change", None)
    endpoint = Endpoint.objects.get(event=event)
    Endpoint.objects.filter(pk=endpoint.pk).update(event=other_event)  # its id moved away
    before = export_event(event)
    url = reverse("console:snapshot-restore", args=["conf", kept.pk])
    response = console.post(url, follow=True)
    [message] = [str(m) for m in response.context["messages"]]
    assert message.startswith(f"Nothing was restored: endpoints[0].id: {endpoint.pk!r} is the id")
    assert export_event(event) == before
    assert EventSnapshot.objects.filter(event=event).count() == 1
