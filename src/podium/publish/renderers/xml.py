"""The XML format: the JSON view's data as elements named after its keys.

Mapping (docs/formats.md): the root element is the view's name; an object's keys
become child elements in key order; a list becomes its key's element holding one
child per item, named by ``ITEM_NAMES``; null is an empty element with
``xsi:nil="true"``; booleans are ``true``/``false``. XML 1.0 cannot carry most
C0 control characters, so each one becomes a ``<char>`` child holding its code
point as four hex digits, which keeps the conversion back lossless.
"""

import re

from lxml import etree

from podium.publish.builders import view_builder, view_publication
from podium.publish.records import Publication
from podium.publish.renderers.base import Renderer

XSI = "http://www.w3.org/2001/XMLSchema-instance"
NIL = f"{{{XSI}}}nil"

# The child element of each list, by the list's key (or the view, for top-level lists).
ITEM_NAMES = {
    "sessions": "session",
    "speakers": "speaker",
    "questions": "question",
    "categories": "category",
    "items": "item",
    "categoryItems": "categoryItem",
    "questionAnswers": "questionAnswer",
    "links": "link",
    "rooms": "room",
    "timeSlots": "timeSlot",
    "Sessions": "group",
    "Speakers": "speaker",
    "GridSmart": "day",
    "SpeakerWall": "speaker",
}
CHAR_ELEMENT = "char"
# Characters XML 1.0 cannot hold, even as character references.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def set_text(element: etree._Element, text: str) -> None:
    """Put text into element, turning characters XML cannot hold into <char> children."""
    pieces = NOT_XML.split(text)
    element.text = pieces[0]
    for char, piece in zip(NOT_XML.findall(text), pieces[1:], strict=True):
        code = etree.SubElement(element, CHAR_ELEMENT)
        code.text = f"{ord(char):04X}"
        code.tail = piece


def fill(element: etree._Element, value: object, item_name: str | None) -> None:
    if value is None:
        element.set(NIL, "true")
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif isinstance(value, int):
        element.text = str(value)
    elif isinstance(value, str):
        set_text(element, value)
    elif isinstance(value, dict):
        for key, item in value.items():
            fill(etree.SubElement(element, key), item, ITEM_NAMES.get(key))
    elif isinstance(value, list):
        if item_name is None:
            raise ValueError(f"<{element.tag}>: no item element name for this list")
        for item in value:
            fill(etree.SubElement(element, item_name), item, None)
    else:
        raise TypeError(f"<{element.tag}>: cannot write {type(value).__name__} as XML")


def to_element(view: str, data: object) -> etree._Element:
    """The XML tree of one view's data (root element named after the view)."""
    root = etree.Element(view, nsmap={"xsi": XSI})
    fill(root, data, ITEM_NAMES.get(view))
    return root


def xml_bytes(view: str, data: object) -> bytes:
    """The XML document of one view's data."""
    return etree.tostring(to_element(view, data), xml_declaration=True, encoding="UTF-8")


class XmlRenderer(Renderer):
    format = "xml"
    content_type = "application/xml; charset=utf-8"
    views = frozenset({"All", "Sessions", "Speakers", "GridSmart", "SpeakerWall"})

    def publication_for(self, endpoint, view: str) -> Publication:
        return view_publication(endpoint, view)

    def render(self, view: str, publication: Publication) -> bytes:
        # The data of the JSON view, built from the same records, written as elements.
        return xml_bytes(view, view_builder(view)(publication))
