"""Read an archive document into checked rows, naming the place of every problem.

Pure: no database. Places read like the document: ``sessions[3].speakers[0].speaker``.
Unknown keys are refused, so a misspelt key never loses data silently.
"""

from dataclasses import dataclass, field

from podium.importers.archive import layout as a
from podium.importers.archive.values import decode
from podium.importers.errors import SessionizeError
from podium.importers.reader import Node, check_int, check_str, describe, fail

# How a reference key is read: an integer id, an integer id or null, a string id, a list.
INT, OPTIONAL_INT, STRING, INTS = "int", "int or null", "string", "list of ints"


@dataclass(frozen=True)
class Kind:
    """One kind of record: its layout, its references and its lists of children."""

    layout: a.Layout
    references: dict[str, str] = field(default_factory=dict)
    children: dict[str, "Kind"] = field(default_factory=dict)


@dataclass
class Row:
    where: str
    fields: dict  # model field name -> checked value
    references: dict = field(default_factory=dict)  # key -> public id(s) as written
    children: dict[str, list["Row"]] = field(default_factory=dict)


ITEM_CHOSEN = Kind(a.CHOSEN, {"item": INT})
ANSWER = Kind(a.ANSWER, {"question": INT})
KINDS = {
    "rooms": Kind(a.ROOM),
    "categories": Kind(a.CATEGORY, children={"items": Kind(a.ITEM)}),
    "questions": Kind(a.QUESTION),
    "speakers": Kind(
        a.SPEAKER, children={"links": Kind(a.LINK), "items": ITEM_CHOSEN, "answers": ANSWER}
    ),
    "sessions": Kind(
        a.SESSION,
        {"room": OPTIONAL_INT},
        {
            "speakers": Kind(a.SESSION_SPEAKER, {"speaker": STRING}),
            "items": ITEM_CHOSEN,
            "answers": ANSWER,
        },
    ),
    "endpoints": Kind(
        a.ENDPOINT,
        {"group_by": OPTIONAL_INT, "exposed_categories": INTS, "exposed_questions": INTS},
    ),
}


def parse_document(data: object) -> tuple[dict, dict[str, list[Row]]]:
    """The event's field values and the rows of each list, checked one by one."""
    if not isinstance(data, dict):
        raise SessionizeError(
            f"not a podium event archive: expected an object at the top level, "
            f"found {describe(data)}"
        )
    top = Node(data, "")
    check_format(top)
    known_keys(top, a.TOP_KEYS)
    event = Node(top.raw("event"), "event")
    known_keys(event, a.EVENT.keys)
    fields = {key: value(event, a.EVENT, key) for key in a.EVENT.plain}
    tables = {
        name: [parse_row(node, kind) for node in top.objects(name)] for name, kind in KINDS.items()
    }
    return fields, tables


def check_format(top: Node) -> None:
    if top.value.get("format") != a.FORMAT:
        raise fail(
            "format",
            f'expected "{a.FORMAT}", found {describe(top.value.get("format"))}: '
            "not a podium event archive (podium export writes one)",
        )
    version = top.raw("version")
    if version != a.VERSION or isinstance(version, bool):
        raise fail(
            "version",
            f"{describe(version)} is not a version this podium reads (it reads {a.VERSION})",
        )


def known_keys(node: Node, keys: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
    for key in node.value:
        if key not in keys:
            raise fail(node.at(key), f"unknown key (expected {', '.join(keys)})")
    for key in keys:
        if key not in optional:
            node.raw(key)  # an error naming the first missing key


def value(node: Node, layout: a.Layout, key: str) -> object:
    if key in layout.later and key not in node.value:
        return layout.field(key).get_default()
    return decode(layout.field(key), node.raw(key), node.at(key))


def parse_row(node: Node, kind: Kind) -> Row:
    layout = kind.layout
    known_keys(node, layout.keys, layout.later)
    fields = {key: value(node, layout, key) for key in layout.plain}
    if layout.id_field:
        fields[layout.id_field] = value(node, layout, "id")
    row = Row(node.where, fields)
    for key, how in kind.references.items():
        row.references[key] = reference(node, key, how)
    for key, child in kind.children.items():
        row.children[key] = [parse_row(element, child) for element in node.objects(key)]
    return row


def reference(node: Node, key: str, how: str) -> object:
    raw = node.raw(key)
    if how == OPTIONAL_INT and raw is None:
        return None
    if how == STRING:
        return check_str(raw, node.at(key))
    if how == INTS:
        return [check_int(element, where) for element, where in node.items(key)]
    return check_int(raw, node.at(key))
