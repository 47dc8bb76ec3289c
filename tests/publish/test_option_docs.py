"""The endpoint options reference in docs/api.md is what the option table writes."""

from pathlib import Path

import pytest

from podium.publish.option_docs import BEGIN, END, render_option_reference, with_option_reference
from podium.publish.option_table import OPTIONS

API_DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_api_docs_option_reference_is_what_the_table_writes():
    committed = API_DOCS.read_text(encoding="utf-8")
    # On failure: python -m podium.publish.option_docs docs/api.md
    assert committed == with_option_reference(committed)


def test_option_reference_has_one_row_per_option_in_table_order():
    rows = render_option_reference().splitlines()[2:]
    assert [row.split(" | ")[0].removeprefix("| ") for row in rows] == [o.label for o in OPTIONS]


def test_option_reference_replaces_only_the_text_between_the_markers():
    text = f"intro\n{BEGIN}\nold table\n{END}\nrest\n"
    assert with_option_reference(text) == (
        f"intro\n{BEGIN}\n{render_option_reference()}{END}\nrest\n"
    )


def test_option_reference_without_markers_raises_clear_error():
    with pytest.raises(ValueError) as error:
        with_option_reference("no markers here\n")
    assert str(error.value) == (f"the markers {BEGIN!r} and {END!r} are missing or out of order")
