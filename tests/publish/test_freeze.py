import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from podium.bench.synthetic import make_endpoint, make_event
from podium.program.models import Session
from podium.publish.frab.views import render_frab

pytestmark = pytest.mark.django_db

VIEW_FILES = {
    "All", "All.json", "Sessions", "Sessions.json", "Speakers", "Speakers.json",
    "GridSmart", "GridSmart.json", "GridTable", "SpeakerWall", "SpeakerWall.json",
}  # fmt: skip


@pytest.fixture
def endpoint():
    return make_endpoint(make_event("frozen", sessions=12), "frozen123")


def rendered(endpoint_id: str, view: str) -> bytes:
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    call_command("render", endpoint_id, view, stdout=stdout)
    return stdout.buffer.getvalue()


def freeze(endpoint_id: str, directory) -> str:
    stdout = io.StringIO()
    call_command("freeze", endpoint_id, str(directory), stdout=stdout)
    return stdout.getvalue()


def test_freeze_writes_every_view_under_its_api_path(endpoint, tmp_path):
    output = freeze(endpoint.id, tmp_path)
    written = {path.name for path in (tmp_path / "api/v2/frozen123/view").iterdir()}
    assert written == VIEW_FILES
    assert output.splitlines()[-1].startswith("Wrote ")


def test_freeze_bytes_equal_podium_render(endpoint, tmp_path):
    freeze(endpoint.id, tmp_path)
    view_dir = tmp_path / "api/v2/frozen123/view"
    for view in ("All", "Sessions", "Speakers", "GridSmart", "SpeakerWall"):
        expected = rendered(endpoint.id, view)
        assert (view_dir / view).read_bytes() == expected
        assert (view_dir / f"{view}.json").read_bytes() == expected
    assert (view_dir / "GridTable").read_bytes() == rendered(endpoint.id, "GridTable")


def test_freeze_again_replaces_files_with_current_data(endpoint, tmp_path):
    freeze(endpoint.id, tmp_path)
    session = Session.objects.filter(event=endpoint.event, is_service_session=False).first()
    session.title = "A title changed after the first freeze"
    session.save()
    freeze(endpoint.id, tmp_path)
    frozen = (tmp_path / "api/v2/frozen123/view/All").read_bytes()
    assert frozen == rendered(endpoint.id, "All")
    assert b"A title changed after the first freeze" in frozen


def test_freeze_unknown_endpoint_raises(tmp_path):
    with pytest.raises(CommandError, match="no endpoint with id 'nosuchthing'"):
        freeze("nosuchthing", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_freeze_into_a_file_raises(endpoint, tmp_path):
    target = tmp_path / "a-file"
    target.write_text("not a directory")
    with pytest.raises(CommandError, match="exists and is not a directory"):
        freeze(endpoint.id, target)


def test_freeze_writes_the_frab_schedule(endpoint, tmp_path):
    freeze(endpoint.id, tmp_path)
    frab_dir = tmp_path / "api/v2/frozen123/frab"
    assert (frab_dir / "schedule.json").read_bytes() == render_frab(endpoint, "json")
    assert (frab_dir / "schedule.xml").read_bytes() == render_frab(endpoint, "xml")


def test_freeze_ical_endpoint_writes_its_views_with_ics(endpoint, tmp_path):
    endpoint.format = "ical"
    endpoint.save()
    freeze(endpoint.id, tmp_path)
    written = {path.name for path in (tmp_path / "api/v2/frozen123/view").iterdir()}
    assert written == {"All", "All.ics", "Sessions", "Sessions.ics"}
    assert (tmp_path / "api/v2/frozen123/view/All").read_bytes() == rendered(endpoint.id, "All")
