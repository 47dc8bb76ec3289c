"""`podium export` and `podium import podium`."""

import io

import pytest
from django.core.management import CommandError, call_command

from podium.importers.archive import dumps, export_event
from podium.program.models import Event
from tests.importers.archive.test_export import EXPECTED


def export_bytes(*args) -> tuple[bytes, str]:
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    stderr = io.StringIO()
    call_command("export", *args, stdout=stdout, stderr=stderr)
    stdout.flush()
    return stdout.buffer.getvalue(), stderr.getvalue()


def restore(*args) -> str:
    out = io.StringIO()
    call_command("import", "podium", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def failure(command, *args) -> str:
    with pytest.raises(CommandError) as caught:
        command(*args)
    return str(caught.value)


def test_export_to_stdout_writes_the_archive(small_event):
    body, errors = export_bytes("conf")
    assert body == dumps(EXPECTED)
    assert errors == ""


def test_export_to_file_writes_the_archive_and_a_warning(small_event, tmp_path):
    path = tmp_path / "conf.json"
    body, errors = export_bytes("conf", str(path))
    assert body == b""
    assert path.read_bytes() == dumps(EXPECTED)
    assert errors == (
        f"Wrote the archive of 'conf' to {path} ({len(dumps(EXPECTED))} bytes). It holds "
        "the endpoint ids: keep it as private as they are.\n"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["conf.json"]


def test_export_unknown_event_fails(db):
    assert failure(export_bytes, "nope") == "no event with slug 'nope'"


def test_export_unwritable_file_fails_clearly(small_event, tmp_path):
    path = tmp_path / "missing" / "conf.json"
    assert failure(export_bytes, "conf", str(path)) == (
        f"{path}: cannot write the file (No such file or directory)"
    )


def test_import_podium_restores_a_deleted_event(small_event, tmp_path):
    path = tmp_path / "conf.json"
    path.write_bytes(dumps(export_event(small_event)))
    small_event.delete()
    assert restore(str(path), "--event", "conf") == (
        "Created event 'conf' from the archive: 2 sessions, 1 speakers, 1 rooms, "
        "2 categories, 2 questions, 1 endpoints.\n"
    )
    assert export_event(Event.objects.get(slug="conf")) == EXPECTED


def test_import_podium_existing_event_needs_replace(small_event, tmp_path):
    path = tmp_path / "conf.json"
    path.write_bytes(dumps(export_event(small_event)))
    assert failure(restore, str(path), "--event", "conf") == (
        "--event: event 'conf' exists; add --replace to replace its program and "
        "endpoints with the archive's"
    )
    assert restore(str(path), "--event", "conf", "--replace").startswith(
        "Replaced event 'conf' from the archive: "
    )


def test_import_podium_copy_with_new_endpoint_ids(small_event, tmp_path):
    path = tmp_path / "conf.json"
    path.write_bytes(dumps(export_event(small_event)))
    restore(str(path), "--event", "copy", "--new-endpoint-ids")
    copied = Event.objects.get(slug="copy")
    assert copied.name == "Conf 2026"
    assert copied.endpoints.get().id != "conf0json01"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the input is empty"),
        (
            b"{",
            "not valid JSON: Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1)",
        ),
        (
            b'{"format": "podium-event-archive", "version": 0}',
            "version: 0 is not a version this podium reads (it reads 1)",
        ),
    ],
)
def test_import_podium_bad_file_fails_clearly(db, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert failure(restore, str(path), "--event", "conf") == message
    assert not Event.objects.exists()


def test_import_podium_missing_file_fails_clearly(db, tmp_path):
    path = tmp_path / "none.json"
    assert failure(restore, str(path), "--event", "conf") == f"{path}: no such file"
