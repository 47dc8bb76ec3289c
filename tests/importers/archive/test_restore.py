import copy

import pytest

from podium.console.models import TeamMembership
from podium.demo.loader import load_demo
from podium.importers.archive import export_event, restore_event
from podium.importers.errors import SessionizeError
from podium.program import models as m
from podium.publish.models import Endpoint
from podium.publish.render import CANONICAL_VIEWS, ViewNotFound, render_endpoint_view
from tests.console.conftest import make_user
from tests.factories import EndpointFactory, SessionFactory
from tests.importers.archive.test_export import EXPECTED


def failure(data, **options) -> str:
    with pytest.raises(SessionizeError) as caught:
        restore_event(data, **options)
    return str(caught.value)


def test_restore_event_after_deletion_brings_back_what_all_drops(small_event):
    # A Sessionize All view has no declined sessions, no endpoints and no event name.
    archive = export_event(small_event)
    small_event.delete()
    result = restore_event(archive)
    event = m.Event.objects.get(slug="conf")
    assert (result.event.pk, result.replaced) == (event.pk, False)
    assert event.name == "Conf 2026"
    assert list(event.sessions.filter(status="Declined").values_list("public_id", flat=True)) == [
        "102"
    ]
    assert list(Endpoint.objects.filter(event=event).values_list("id", flat=True)) == [
        "conf0json01"
    ]
    assert export_event(event) == EXPECTED


def test_restore_event_summary_counts_the_archive(small_event):
    archive = export_event(small_event)
    result = restore_event(archive, slug="conf", replace=True)
    assert result.summary() == (
        "Replaced event 'conf' from the archive: 2 sessions, 1 speakers, 1 rooms, "
        "2 categories, 2 questions, 1 endpoints."
    )


def test_restore_event_into_new_slug_with_new_endpoint_ids_copies_the_event(small_event):
    restore_event(export_event(small_event), slug="copy", new_endpoint_ids=True)
    copied = export_event(m.Event.objects.get(slug="copy"))
    (endpoint,) = copied["endpoints"]
    assert endpoint["id"] != "conf0json01"
    expected = copy.deepcopy(EXPECTED)
    expected["event"]["slug"] = "copy"
    expected["endpoints"][0]["id"] = endpoint["id"]
    assert copied == expected


def test_restore_event_existing_slug_without_replace_refused(small_event):
    assert failure(export_event(small_event)) == (
        "--event: event 'conf' exists; add --replace to replace its program and "
        "endpoints with the archive's"
    )


def test_restore_event_replace_keeps_event_row_and_team_and_drops_newer_rows(small_event):
    member = make_user("ada")
    TeamMembership.objects.create(event=small_event, user=member)
    archive = export_event(small_event)
    SessionFactory(event=small_event, public_id="999")
    EndpointFactory(event=small_event, id="laterone1")
    small_event.name = "Renamed"
    small_event.save()
    restore_event(archive, slug="conf", replace=True)
    event = m.Event.objects.get(slug="conf")
    assert event.pk == small_event.pk
    assert list(event.team_memberships.values_list("user__username", flat=True)) == ["ada"]
    assert export_event(event) == EXPECTED
    assert not Endpoint.objects.filter(id="laterone1").exists()


def test_restore_event_endpoint_id_of_another_event_refused_and_nothing_written(small_event):
    archive = export_event(small_event)
    assert failure(archive, slug="copy") == (
        "endpoints[0].id: 'conf0json01' is the id of an endpoint of event 'conf'; an "
        "endpoint id is unique in podium (add --new-endpoint-ids to give the archive's "
        "endpoints new ids)"
    )
    assert not m.Event.objects.filter(slug="copy").exists()
    assert export_event(small_event) == EXPECTED


def test_restore_event_invalid_archive_changes_nothing(small_event):
    archive = export_event(small_event)
    archive["sessions"][1]["speakers"][0]["speaker"] = "nobody"
    SessionFactory(event=small_event, public_id="999")
    before = export_event(small_event)
    assert failure(archive, slug="conf", replace=True) == (
        "sessions[1].speakers[0].speaker: 'nobody' is not the id of a speaker in \"speakers\""
    )
    assert export_event(small_event) == before


def test_restore_event_renews_data_and_endpoint_versions(small_event):
    endpoint = Endpoint.objects.get()
    versions = (small_event.data_version, endpoint.version)
    restore_event(export_event(small_event), slug="conf", replace=True)
    small_event.refresh_from_db()
    restored = Endpoint.objects.get()
    assert small_event.data_version != versions[0]
    assert restored.version != versions[1]


def rendered_views(event) -> dict:
    bodies = {}
    for endpoint in Endpoint.objects.filter(event=event).order_by("id"):
        for view in CANONICAL_VIEWS:
            try:
                bodies[endpoint.id, view] = render_endpoint_view(endpoint, view).body
            except ViewNotFound:
                continue
    return bodies


def test_restore_event_demo_publishes_the_same_bytes(db):
    event = load_demo()
    before = rendered_views(event)
    restore_event(export_event(event), slug="demo", replace=True)
    assert rendered_views(event) == before
    assert len(before) == 16


def test_restore_event_new_event_has_no_team(small_event):
    archive = export_event(small_event)
    small_event.delete()
    restore_event(archive)
    assert list(TeamMembership.objects.values_list("event__slug", flat=True)) == []


def test_restore_event_copy_of_archive_is_not_changed(small_event):
    archive = export_event(small_event)
    kept = copy.deepcopy(archive)
    restore_event(archive, slug="other", new_endpoint_ids=True)
    assert archive == kept
