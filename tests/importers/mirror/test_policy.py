"""Objects edited in podium while mirrored: kept with --keep-edits, replaced otherwise."""

import pytest

from podium.importers.mirror.run import run_mirror
from podium.program import models as m
from tests.importers.mirror.test_run import add, retitle, title

pytestmark = pytest.mark.django_db(transaction=True)

KEYNOTE, EMBEDDINGS, CONTAINERS, ILLUSION = "658419", "646535", "641128", "652285"
ALEX = "09ddaf8b-3529-46c5-b7dd-cb3ffd339edc"


def edit(session_id: str, new_title: str) -> None:
    session = m.Session.objects.get(public_id=session_id)
    session.title = new_title
    session.save()


def test_keep_edits_session_edited_in_podium_keeps_its_edit(source, linz):
    mirror = add(source, "--keep-edits")
    edit(KEYNOTE, "Ours")
    retitle(linz, KEYNOTE, "Theirs")
    source.publish(retitle(linz, EMBEDDINGS, "Changed at the source"))
    run_mirror(mirror)
    assert (title(KEYNOTE), title(EMBEDDINGS)) == ("Ours", "Changed at the source")
    # Still podium's on the runs after.
    source.publish(retitle(linz, EMBEDDINGS, "Changed again"))
    run_mirror(mirror)
    assert (title(KEYNOTE), title(EMBEDDINGS)) == ("Ours", "Changed again")


def test_keep_edits_session_deleted_in_podium_stays_deleted(source, linz):
    mirror = add(source, "--keep-edits")
    m.Session.objects.get(public_id=CONTAINERS).delete()
    source.publish(retitle(linz, EMBEDDINGS, "Changed at the source"))
    run_mirror(mirror)
    assert not m.Session.objects.filter(public_id=CONTAINERS).exists()
    assert (m.Session.objects.count(), title(EMBEDDINGS)) == (14, "Changed at the source")


def test_keep_edits_room_added_in_podium_is_kept(source, linz):
    mirror = add(source, "--keep-edits")
    m.Room.objects.create(event=mirror.event, name="Foyer")
    source.publish(retitle(linz, EMBEDDINGS, "Changed at the source"))
    run_mirror(mirror)
    assert list(m.Room.objects.order_by("pk").values_list("name", flat=True))[-1] == "Foyer"


def test_keep_edits_edited_session_loses_a_room_the_source_removed(source, linz):
    mirror = add(source, "--keep-edits")
    edit(ILLUSION, "Ours")
    linz["sessions"] = [s for s in linz["sessions"] if s["id"] != ILLUSION]
    linz["rooms"] = [r for r in linz["rooms"] if r["id"] != 48770]
    for speaker in linz["speakers"]:
        speaker["sessions"] = [s for s in speaker["sessions"] if str(s) != ILLUSION]
    source.publish(linz)
    outcome = run_mirror(mirror)
    assert outcome.error == ""
    kept = m.Session.objects.get(public_id=ILLUSION)
    assert (kept.title, kept.room, m.Room.objects.count()) == ("Ours", None, 3)


def test_source_wins_replaces_a_podium_edit_at_the_next_change(source, linz):
    mirror = add(source)
    edit(KEYNOTE, "Ours")
    source.publish(retitle(linz, EMBEDDINGS, "Changed at the source"))
    run_mirror(mirror)
    assert title(KEYNOTE).startswith("Keynote: Pioneering the Future of Java")
    assert title(EMBEDDINGS) == "Changed at the source"


def test_source_wins_deletes_a_room_added_in_podium(source, linz):
    mirror = add(source)
    m.Room.objects.create(event=mirror.event, name="Foyer")
    source.publish(retitle(linz, EMBEDDINGS, "Changed at the source"))
    run_mirror(mirror)
    assert not m.Room.objects.filter(name="Foyer").exists()


def test_keep_edits_speaker_edited_in_podium_stays_when_the_source_drops_them(source, linz):
    mirror = add(source, "--keep-edits")
    speaker = m.Speaker.objects.get(public_id=ALEX)
    speaker.bio = "Written in podium."
    speaker.save()
    linz["speakers"] = [s for s in linz["speakers"] if s["id"] != ALEX]
    for session in linz["sessions"]:
        session["speakers"] = [s for s in session["speakers"] if s != ALEX]
    source.publish(linz)
    assert run_mirror(mirror).error == ""
    assert m.Speaker.objects.get(public_id=ALEX).bio == "Written in podium."
    assert m.SessionSpeaker.objects.filter(speaker__public_id=ALEX).count() == 0
