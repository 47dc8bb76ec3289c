"""Records made through their slots: the same values, defaults and frozen instances."""

import dataclasses

import pytest

from podium.publish.records import Answer, Link, Session, Speaker


def test_record_through_slots_keeps_positional_keyword_and_default_arguments():
    assert Answer(7, "yes") == Answer(question_id=7, value="yes", extra=None)
    assert Answer(7, "yes", "https://x/file").extra == "https://x/file"
    assert Link("Blog", "https://b", "B") == Link(title="Blog", url="https://b", link_type="B")


def test_record_through_slots_still_frozen():
    link = Link("Blog", "https://b", "Blog")
    with pytest.raises(dataclasses.FrozenInstanceError):
        link.url = "https://other"  # type: ignore[misc]


def test_record_through_slots_missing_argument_raises_type_error():
    with pytest.raises(TypeError):
        Answer(7)  # type: ignore[call-arg]


@pytest.mark.parametrize("record", [Answer, Link, Session, Speaker])
def test_record_through_slots_sets_every_field_in_order(record):
    names = [f.name for f in dataclasses.fields(record)]
    made = record(*names)
    assert [getattr(made, name) for name in names] == names
    assert dataclasses.astuple(made) == tuple(names)
    assert hash(made) == hash(record(*names))
