"""Read side of the program: the published program of an event in a fixed query count."""

from podium.program.queries.load import SPEAKERS_ALONE, WHOLE, Parts, load_program
from podium.program.queries.ordering import name_key, session_key, speaker_key
from podium.program.queries.records import (
    Category,
    Item,
    Link,
    Program,
    Question,
    Room,
    Session,
    Speaker,
)

__all__ = [
    "Category",
    "Item",
    "Link",
    "Program",
    "Question",
    "Room",
    "Session",
    "Speaker",
    "SPEAKERS_ALONE",
    "WHOLE",
    "Parts",
    "load_program",
    "name_key",
    "session_key",
    "speaker_key",
]
