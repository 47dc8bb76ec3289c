from podium.program.models.answer import SessionAnswer, SpeakerAnswer
from podium.program.models.category import Category, CategoryItem, SessionItem, SpeakerItem
from podium.program.models.event import Event
from podium.program.models.question import Question
from podium.program.models.room import Room
from podium.program.models.session import Session, SessionSpeaker, SessionStatus
from podium.program.models.speaker import Speaker, SpeakerLink

__all__ = [
    "Category",
    "CategoryItem",
    "Event",
    "Question",
    "Room",
    "Session",
    "SessionAnswer",
    "SessionItem",
    "SessionSpeaker",
    "SessionStatus",
    "Speaker",
    "SpeakerAnswer",
    "SpeakerItem",
    "SpeakerLink",
]
