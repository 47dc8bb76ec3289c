"""Read podium's XML format back into the JSON view's plain data.

Driven by the XSD alone: an element's declared type says whether it is text, an
integer, a boolean, an object (a sequence of distinct elements) or a list (a
sequence of one repeated element). Proves that the XML holds the JSON's data.
"""

from functools import cache

from lxml import etree

from podium.publish.renderers.xml import CHAR_ELEMENT, NIL
from podium.publish.xml_schema import schema_document, xml_schema

XS = "{http://www.w3.org/2001/XMLSchema}"
INTEGER_TYPES = {"xs:long", "xs:int", "xs:integer"}


@cache
def declarations() -> tuple[dict, dict, dict]:
    """Global elements, complex types and groups of the schema, by name."""
    root = schema_document().getroot()
    elements = {e.get("name"): e.get("type") for e in root.findall(f"{XS}element")}
    types = {t.get("name"): t for t in root.findall(f"{XS}complexType")}
    groups = {g.get("name"): g for g in root.findall(f"{XS}group")}
    return elements, types, groups


def children_of(type_name: str) -> list[etree._Element]:
    """The element declarations of a complex type's sequence, groups expanded."""
    _, types, groups = declarations()
    found = []
    for node in types[type_name].find(f"{XS}sequence"):
        if node.tag == f"{XS}element":
            found.append(node)
        elif node.tag == f"{XS}group":
            found.extend(groups[node.get("ref")].find(f"{XS}sequence"))
    return found


def read_text(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag != CHAR_ELEMENT:
            raise ValueError(f"unexpected <{child.tag}> inside text <{element.tag}>")
        parts.append(chr(int(child.text, 16)))
        parts.append(child.tail or "")
    return "".join(parts)


def read(element: etree._Element, type_name: str) -> object:
    if element.get(NIL) == "true":
        return None
    if type_name in INTEGER_TYPES:
        return int(element.text)
    if type_name == "xs:boolean":
        return element.text in ("true", "1")
    if type_name == "Text":
        return read_text(element)
    _, types, _ = declarations()
    if type_name not in types:  # a simple string type (times)
        return element.text or ""
    fields = children_of(type_name)
    if len(fields) == 1 and fields[0].get("maxOccurs") == "unbounded":
        item_type = fields[0].get("type")
        return [read(child, item_type) for child in element]
    field_types = {field.get("name"): field.get("type") for field in fields}
    return {child.tag: read(child, field_types[child.tag]) for child in element}


def from_xml(body: bytes) -> tuple[str, object]:
    """Validate an XML response and return (view name, plain data)."""
    tree = etree.fromstring(body)
    xml_schema().assertValid(tree)
    elements, _, _ = declarations()
    return tree.tag, read(tree, elements[tree.tag])
