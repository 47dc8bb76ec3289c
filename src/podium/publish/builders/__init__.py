"""Serializers of the five Sessionize views: a publication as plain data in wire key order.

``build_view(endpoint, "All")`` returns exactly what the JSON view serializes; the XML
format writes the same data as elements.
"""

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from podium.program.queries import SPEAKERS_ALONE, WHOLE, Parts
from podium.publish.builders.all import build_all
from podium.publish.builders.grid import build_grid
from podium.publish.builders.sessions import build_sessions
from podium.publish.builders.speaker_wall import build_speaker_wall
from podium.publish.builders.speakers import build_speakers
from podium.publish.records import Publication, publication_of

# Lower-case view name or alias in the URL -> canonical view name.
VIEWS: dict[str, str] = {
    "all": "All",
    "sessions": "Sessions",
    "speakers": "Speakers",
    "gridsmart": "GridSmart",
    "gridtable": "GridSmart",
    "speakerwall": "SpeakerWall",
}

BUILDERS: dict[str, Callable[[Publication], object]] = {
    "All": build_all,
    "Sessions": build_sessions,
    "Speakers": build_speakers,
    "GridSmart": build_grid,
    "SpeakerWall": build_speaker_wall,
}


# What each view shows of the program: a publication of those parts alone is enough to
# build it, and the queries of the others are not made (SpeakerWall shows the speakers'
# own fields alone: a fifth of the work of a whole publication).
READS: dict[str, Parts] = {
    "All": WHOLE,
    "Sessions": Parts(speaker_details=False),
    "Speakers": Parts(session_fields=False),
    "GridSmart": Parts(speaker_details=False),
    "SpeakerWall": SPEAKERS_ALONE,
}


def view_publication(endpoint, view: str) -> Publication:
    """What the builder of the canonical ``view`` reads of the endpoint's publication."""
    return publication_of(endpoint, parts=READS[view])


def view_builder(view: str) -> Callable[[Publication], object]:
    try:
        return BUILDERS[view]
    except KeyError:
        raise ValueError(f"{view!r} is not a view; expected one of {', '.join(BUILDERS)}") from None


def build_view(endpoint, view: str) -> object:
    """The data of one canonical view of an endpoint, in a fixed number of queries."""
    builder = view_builder(view)
    with collector_paused():
        return builder(view_publication(endpoint, view))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a publication is built and serialized.

    A build allocates many small containers that live until it ends; collections
    triggered by them find nothing to free and cost up to a quarter of a large
    build's time (docs/benchmarks.md).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


__all__ = [
    "BUILDERS",
    "READS",
    "VIEWS",
    "build_view",
    "collector_paused",
    "view_builder",
    "view_publication",
]
