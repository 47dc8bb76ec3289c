"""Generated hostile import documents: a clear error or a clean import, never a traceback,
and a refused import changes nothing."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podium.importers.sessionize import SessionizeError
from podium.importers.writer import import_sessionize
from podium.program import models as m
from tests.importers.payloads import ZOE, current, encode, snapshot

pytestmark = pytest.mark.django_db

# Bounded so that the suite stays fast; hypothesis keeps no example database in the tree.
BOUNDED = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Pairs(list):
    """A JSON object as its (key, value) pairs: unlike a dict, a key may repeat."""


def as_pairs(value: object) -> object:
    if isinstance(value, dict):
        return Pairs((key, as_pairs(child)) for key, child in value.items())
    if isinstance(value, list):
        return [as_pairs(child) for child in value]
    return value


def dump(value: object, ascii_only: bool) -> str:
    # json.dumps writes NaN and Infinity for those floats: not JSON, and so hostile.
    if isinstance(value, Pairs):
        inner = ",".join(
            f"{json.dumps(key, ensure_ascii=ascii_only)}:{dump(child, ascii_only)}"
            for key, child in value
        )
        return "{" + inner + "}"
    if isinstance(value, list):
        return "[" + ",".join(dump(child, ascii_only) for child in value) + "]"
    return json.dumps(value, ensure_ascii=ascii_only)


def containers(value: object) -> list:
    """Every object and list in ``value``, itself included."""
    found, pending = [], [value]
    while pending:
        node = pending.pop()
        if isinstance(node, Pairs):
            found.append(node)
            pending.extend(child for _, child in node)
        elif isinstance(node, list):
            found.append(node)
            pending.extend(node)
    return found


KEYS = st.sampled_from(
    [
        "id",
        "title",
        "sessions",
        "speakers",
        "roomId",
        "categoryItems",
        "questionAnswers",
        "links",
        "url",
        "startsAt",
        "endsAt",
        "status",
        "sort",
        "items",
        "type",
        "questionId",
    ]
) | st.text(max_size=6)
HOSTILE_STRINGS = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\ud800",
        "javascript:alert(1)",
        " https://x.example",
        "https://",
        "https://x.example/a",
        "x" * 501,
        "x" * 20_001,
        "1001",
        "1002",
        ZOE,
        "Accepted",
        "2026-10-03T09:00:00",
        "2026-10-03T09:00:00Z",
        "2026-02-30T09:00:00",
        "Mars/Olympus",
    ]
)
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([2**31, 2**63, 2**64, -(2**63) - 1, 10**30, 10, 11, 20, 21, 40])
    | st.floats()
    | HOSTILE_STRINGS
    | st.text(max_size=10)
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3) | st.lists(st.tuples(KEYS, inner), max_size=3).map(Pairs)
    ),
    max_leaves=6,
)


@st.composite
def hostile_documents(draw) -> bytes:
    """A valid document with a few changes: values replaced, keys removed, repeated or
    added, list entries removed or repeated."""
    document = as_pairs(current())
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.sampled_from(containers(document)))
        if not target:
            target.append((draw(KEYS), draw(VALUES)) if isinstance(target, Pairs) else draw(VALUES))
            continue
        index = draw(st.integers(0, len(target) - 1))
        action = draw(st.sampled_from(["replace", "delete", "repeat", "add"]))
        if isinstance(target, Pairs):
            key, child = target[index]
            if action == "replace":
                target[index] = (key, draw(VALUES))
            elif action == "delete":
                del target[index]
            elif action == "repeat":
                target.append((key, draw(st.just(child) | VALUES)))
            else:
                target.append((draw(KEYS), draw(VALUES)))
        elif action == "replace":
            target[index] = draw(VALUES)
        elif action == "delete":
            del target[index]
        else:
            target.append(draw(st.just(target[index]) | VALUES))
    return dump(document, ascii_only=draw(st.booleans())).encode("utf-8", "surrogatepass")


@st.composite
def damaged_bytes(draw) -> bytes:
    """A valid document with a few bytes changed, inserted or cut."""
    raw = bytearray(encode(current()))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(raw) - 1))
        action = draw(st.sampled_from(["change", "insert", "cut"]))
        if action == "change":
            raw[at] = draw(st.integers(0, 255))
        elif action == "insert":
            raw[at:at] = draw(st.binary(min_size=1, max_size=4))
        else:
            del raw[at : at + draw(st.integers(1, 20))]
    return bytes(raw)


def imports_cleanly_or_changes_nothing(raw: bytes) -> None:
    before = snapshot()
    try:
        import_sessionize(raw, slug="conf")
    except SessionizeError as error:
        assert str(error)
        assert snapshot() == before
    else:
        assert stored_hostile_values() == []


def stored_hostile_values() -> list:
    """Web addresses other than http(s) and over-long texts that made it into the tables."""
    addresses = [
        *m.SpeakerLink.objects.values_list("url", flat=True),
        *m.Speaker.objects.values_list("profile_picture", flat=True),
        *m.Session.objects.values_list("live_url", flat=True),
        *m.Session.objects.values_list("recording_url", flat=True),
    ]
    texts = [
        *m.Session.objects.values_list("description", flat=True),
        *m.Speaker.objects.values_list("bio", flat=True),
        *m.SessionAnswer.objects.values_list("value", flat=True),
        *m.SpeakerAnswer.objects.values_list("value", flat=True),
    ]
    web = ("http://", "https://")
    return [a for a in addresses if a and not a.lower().startswith(web)] + [
        len(text) for text in texts if text and len(text) > 20_000
    ]


@pytest.fixture
def existing_event():
    import_sessionize(encode(current()), slug="conf")


@BOUNDED
@given(raw=hostile_documents())
def test_import_sessionize_hostile_document_is_refused_cleanly(existing_event, raw):
    imports_cleanly_or_changes_nothing(raw)


@settings(BOUNDED, max_examples=40)
@given(raw=damaged_bytes() | st.binary(max_size=64))
def test_import_sessionize_damaged_bytes_are_refused_cleanly(existing_event, raw):
    imports_cleanly_or_changes_nothing(raw)
