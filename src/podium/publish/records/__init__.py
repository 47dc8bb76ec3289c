"""The publication model: typed records of what an endpoint publishes, built once.

Every format (the Sessionize JSON views, XML, iCalendar, frab) serializes these.
"""

from podium.publish.records.build import build_publication, publication_of
from podium.publish.records.types import (
    Answer,
    Category,
    Item,
    Link,
    Publication,
    PublishedEvent,
    Question,
    Room,
    Session,
    Speaker,
)

__all__ = [
    "Answer",
    "Category",
    "Item",
    "Link",
    "Publication",
    "PublishedEvent",
    "Question",
    "Room",
    "Session",
    "Speaker",
    "build_publication",
    "publication_of",
]
