"""The frab document in bytes, JSON or XML, as the JSON form's plain data."""

from podium.importers.errors import SessionizeError
from podium.importers.frab.xml import xml_document
from podium.importers.reader import describe
from podium.importers.sessionize import BOM, decode

__all__ = ["decode_schedule"]


def decode_schedule(raw: bytes) -> dict:
    """The document as JSON data; an XML schedule is converted to the same shape first."""
    if raw.removeprefix(BOM).lstrip().startswith(b"<"):
        return xml_document(raw)
    data = decode(raw)
    if not isinstance(data, dict) or "schedule" not in data:
        found = 'an object without a "schedule" key' if isinstance(data, dict) else describe(data)
        raise SessionizeError(
            f'not a frab schedule: expected an object with a "schedule" key, found {found}'
        )
    return data
