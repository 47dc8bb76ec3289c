"""Typed access to decoded JSON that names the location of every problem.

Locations read like the wire format: ``sessions[3].roomId``.
"""

from django.conf import settings

from podium.importers.errors import SessionizeError

MISSING = object()

JSON_TYPES = {dict: "an object", list: "a list"}


def describe(value: object) -> str:
    """A short, readable account of a JSON value for error messages."""
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the string {shown!r}"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        shown = str(value)
        return shown if len(shown) <= 40 else f"{shown[:20]}... ({len(shown)} digits)"
    return JSON_TYPES.get(type(value), type(value).__name__)


def fail(where: str, message: str) -> SessionizeError:
    return SessionizeError(f"{where}: {message}")


class Node:
    """A JSON object at a known location."""

    def __init__(self, value: object, where: str):
        if not isinstance(value, dict):
            raise fail(where, f"expected an object, found {describe(value)}")
        self.value = value
        self.where = where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def raw(self, key: str) -> object:
        if key not in self.value:
            raise fail(self.at(key), "missing")
        return self.value[key]

    def absent(self, key: str, default: object) -> bool:
        """Whether an optional key (one with a default) is missing: older responses."""
        return default is not MISSING and key not in self.value

    def string(self, key: str, *, null: bool = False, default: object = MISSING) -> str | None:
        if self.absent(key, default):
            return default
        value = self.raw(key)
        if isinstance(value, str):
            return check_str(value, self.at(key))
        if null and value is None:
            return value
        expected = "a string or null" if null else "a string"
        raise fail(self.at(key), f"expected {expected}, found {describe(value)}")

    def integer(self, key: str, *, null: bool = False) -> int | None:
        value = self.raw(key)
        if null and value is None:
            return None
        return check_int(value, self.at(key))

    def boolean(self, key: str, *, default: object = MISSING) -> bool:
        if self.absent(key, default):
            return default
        value = self.raw(key)
        if isinstance(value, bool):
            return value
        raise fail(self.at(key), f"expected true or false, found {describe(value)}")

    def items(self, key: str, *, default: object = MISSING) -> list[tuple[object, str]]:
        """The elements of a list with their locations."""
        value = default if self.absent(key, default) else self.raw(key)
        if not isinstance(value, list):
            raise fail(self.at(key), f"expected a list, found {describe(value)}")
        most = settings.PODIUM_IMPORT_MAX_OBJECTS
        if len(value) > most:
            raise fail(
                self.at(key),
                f"{len(value):,} entries, more than the {most:,} podium imports "
                "(PODIUM_IMPORT_MAX_OBJECTS)",
            )
        return [(element, f"{self.at(key)}[{index}]") for index, element in enumerate(value)]

    def objects(self, key: str, *, default: object = MISSING) -> list["Node"]:
        return [Node(element, where) for element, where in self.items(key, default=default)]


def check_int(value: object, where: str) -> int:
    # bool is an int in Python but true/false is no id or sort value.
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not -(2**63) <= value < 2**64:
            # No database column holds it (floats: 1e30, or inf for 1e999).
            raise fail(where, f"expected an integer, found {describe(value)}, a number too large")
        if isinstance(value, int):
            return value
    raise fail(where, f"expected an integer, found {describe(value)}")


def check_str(value: object, where: str) -> str:
    if isinstance(value, str):
        if "\x00" in value:
            # Valid JSON, but PostgreSQL cannot store it in a text column.
            raise fail(where, "contains a NUL character (\\u0000)")
        return value
    raise fail(where, f"expected a string, found {describe(value)}")
