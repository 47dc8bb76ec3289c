"""Hostile archives: whatever the document, a clear error or a restore, never a crash."""

import copy

import orjson
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podium.importers.archive import restore_event
from podium.importers.errors import SessionizeError
from podium.importers.json_document import decode_json
from podium.program.models import Event
from tests.importers.archive.test_export import EXPECTED

TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
    | st.sampled_from(["", "101", "a-1", "2026-10-01T09:00:00Z", "Accepted", "conf0json01"])
    | st.sampled_from(["9999-12-31T23:59:59-01:00", "0001-01-01T00:30:00+01:00"])
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3)
)


def places(node, path=()):
    """Every (path, value) of a JSON tree, the root included."""
    yield path, node
    children = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else []
    )
    for key, child in children:
        yield from places(child, (*path, key))


@st.composite
def hostile_archives(draw) -> bytes:
    archive = copy.deepcopy(EXPECTED)
    for _ in range(draw(st.integers(1, 3))):
        path, _ = draw(st.sampled_from(list(places(archive))))
        value = draw(VALUES)
        if not path:
            archive = value
            continue
        parent = archive
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
    return orjson.dumps(archive)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(raw=hostile_archives())
def test_restore_event_hostile_archive_errs_clearly_or_restores(db, raw):
    with transaction.atomic():
        try:
            restore_event(decode_json(raw))
        except SessionizeError as error:
            assert str(error)
            assert not Event.objects.exists()
        transaction.set_rollback(True)
