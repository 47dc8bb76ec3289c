"""Decode an import's JSON strictly: UTF-8, standard JSON only, no key given twice.

JSON parsers keep the last of two equal keys, so ``{"title": "A", "title": "B"}``
would import as "B" while another reader of the same file sees "A". The standard
library's parser hands each object's pairs to a hook, which finds repeats almost for
free; orjson, faster but without such a hook, only double-checks the rare document
that escapes a UTF-16 surrogate, which the standard parser would let through unpaired.
"""

import json
import re

import orjson

from podium.importers.errors import SessionizeError

BOM = b"\xef\xbb\xbf"
ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


class RepeatedKeys(dict):
    """A parsed object in which ``key`` was given ``times`` times."""

    key: str
    times: int


def decode_json(raw: bytes) -> object:
    """The JSON value of ``raw`` (UTF-8, with or without byte order mark)."""
    skipped = len(BOM) if raw.startswith(BOM) else 0
    raw = raw[skipped:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + skipped
        raise SessionizeError(f"not UTF-8 text: invalid byte at offset {offset}") from None
    if not text.strip():
        raise SessionizeError("the input is empty")
    repeats: list[RepeatedKeys] = []
    try:
        data = json.loads(text, object_pairs_hook=collector(repeats), parse_constant=refuse)
        if ESCAPED_SURROGATE.search(raw):
            orjson.loads(raw)
    except (json.JSONDecodeError, orjson.JSONDecodeError) as exc:
        raise SessionizeError(f"not valid JSON: {exc}") from None
    except RecursionError:
        raise SessionizeError("not valid JSON: lists and objects nested too deeply") from None
    except ValueError as exc:  # an integer of more digits than Python converts
        raise SessionizeError(f"not valid JSON: {exc.args[0].split(':')[0]}") from None
    if repeats:
        where, repeated = first_repeat(data)
        count = "twice" if repeated.times == 2 else f"{repeated.times} times"
        place = where or "the top-level object"
        raise SessionizeError(f"{place}: key {json.dumps(repeated.key)} appears {count}")
    return data


def collector(repeats: list):
    def object_from(pairs: list[tuple[str, object]]) -> dict:
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        repeated = RepeatedKeys(obj)
        keys = [key for key, _ in pairs]
        repeated.key = next(key for key in keys if keys.count(key) > 1)
        repeated.times = keys.count(repeated.key)
        repeats.append(repeated)
        return repeated

    return object_from


def refuse(constant: str):
    raise SessionizeError(f"not valid JSON: {constant} is not a JSON number")


def first_repeat(data: object) -> tuple[str, RepeatedKeys]:
    """The location of the first object, in document order, that repeats a key."""
    pending = [("", data)]
    while pending:
        where, value = pending.pop()
        if isinstance(value, RepeatedKeys):
            return where, value
        if isinstance(value, dict):
            children = [(member(where, key), child) for key, child in value.items()]
        elif isinstance(value, list):
            children = [(f"{where}[{index}]", child) for index, child in enumerate(value)]
        else:
            continue
        pending.extend(reversed(children))
    raise AssertionError("a repeated key was collected but not found")


def member(where: str, key: str) -> str:
    if key.isidentifier():
        return f"{where}.{key}" if where else key
    return f"{where}[{json.dumps(key)}]"  # spaces, dots, line breaks: quoted
