"""One archive value to and from one model column, checked against the column itself.

The archive's keys are the models' field names, so each value is checked against the
Django field it is stored in: its type, null, length, choices and integer range. A
database column that changes its size or choices changes what the archive accepts.
"""

import datetime as dt

from django.db import models

from podium.importers.reader import check_int, check_str, describe, fail

# Integer ranges of the columns in every database podium supports.
INT32 = (-(2**31), 2**31 - 1)
RANGES = {
    models.PositiveBigIntegerField: (0, 2**63 - 1),
    models.PositiveIntegerField: (0, 2**31 - 1),
    models.IntegerField: INT32,
}
URL_SCHEMES = ("http://", "https://")


def encode(value: object) -> object:
    """The JSON value of one column: times in UTC with ``Z``, everything else as stored."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    return value


def decode(field: models.Field, value: object, where: str) -> object:
    """The column value of a JSON value, or an error naming ``where``."""
    if value is None:
        if field.null:
            return None
        raise fail(where, "must not be null")
    if isinstance(field, models.BooleanField):
        if isinstance(value, bool):
            return value
        raise fail(where, f"expected true or false, found {describe(value)}")
    if isinstance(field, models.IntegerField):
        return decode_int(field, value, where)
    if isinstance(field, models.DateTimeField):
        return decode_time(value, where)
    return decode_text(field, value, where)


def decode_int(field: models.IntegerField, value: object, where: str) -> int:
    number = check_int(value, where)
    low, high = next(span for kind, span in RANGES.items() if isinstance(field, kind))
    if not low <= number <= high:
        raise fail(where, f"{number} is outside {low} to {high}")
    if field.choices and number not in {choice for choice, _ in field.choices}:
        raise fail(where, f"{number} is not one of {choice_list(field)}")
    return number


def decode_time(value: object, where: str) -> dt.datetime:
    text = check_str(value, where)
    try:
        moment = dt.datetime.fromisoformat(text)
        if moment.tzinfo is not None:
            return moment.astimezone(dt.UTC)
    except (ValueError, OverflowError):  # OverflowError: beyond year 9999 in UTC
        pass
    raise fail(where, f"{text!r} is not a time with an offset like 2026-10-01T09:00:00Z")


def decode_text(field: models.Field, value: object, where: str) -> str:
    text = check_str(value, where)
    if field.max_length is not None and len(text) > field.max_length:
        raise fail(where, f"{len(text)} characters, more than the {field.max_length} podium stores")
    if field.choices and text not in {choice for choice, _ in field.choices}:
        raise fail(where, f"{describe(text)} is not one of {choice_list(field)}")
    if isinstance(field, models.URLField) and text and not text.lower().startswith(URL_SCHEMES):
        raise fail(where, f"{describe(text)} is not an http:// or https:// URL")
    return text


def choice_list(field: models.Field) -> str:
    return ", ".join(f'"{choice}"' for choice, _ in field.choices)
