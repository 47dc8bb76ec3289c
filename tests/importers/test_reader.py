import pytest

from podium.importers.reader import Node, describe
from podium.importers.sessionize import SessionizeError


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "null"),
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (2.5, "2.5"),
        ("short", "the string 'short'"),
        ("x" * 50, f"the string '{'x' * 37}...'"),
        ([], "a list"),
        ({}, "an object"),
    ],
)
def test_describe_names_json_values(value, text):
    assert describe(value) == text


def test_node_optional_key_missing_gives_the_default():
    node = Node({"a": None}, "rooms[0]")
    assert (node.string("b", default="x"), node.boolean("c", default=True)) == ("x", True)
    assert node.items("d", default=[]) == []


def test_node_optional_key_present_is_still_checked():
    with pytest.raises(SessionizeError) as caught:
        Node({"status": 3}, "sessions[2]").string("status", null=True, default=None)
    assert str(caught.value) == "sessions[2].status: expected a string or null, found 3"


def test_node_items_carry_their_locations():
    node = Node({"speakers": ["a", "b"]}, "sessions[0]")
    assert node.items("speakers") == [
        ("a", "sessions[0].speakers[0]"),
        ("b", "sessions[0].speakers[1]"),
    ]
