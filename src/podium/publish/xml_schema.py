"""The XSD of podium's XML format, shipped with the package."""

from functools import cache
from importlib import resources

from lxml import etree

SCHEMA_URL_PATH = "/api/v2/schema.xsd"


def schema_bytes() -> bytes:
    return resources.files("podium.publish").joinpath("schemas/podium-v2.xsd").read_bytes()


@cache
def schema_document() -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(schema_bytes()))


@cache
def xml_schema() -> etree.XMLSchema:
    """The compiled schema; ``xml_schema().assertValid(tree)`` checks a response."""
    return etree.XMLSchema(schema_document())
