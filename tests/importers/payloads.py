"""Small Sessionize All-view inputs built in code, and a snapshot of the program tables."""

import copy

import orjson

from podium.program import models as m
from tests.wire import all_service_session

ZOE = "5b8a6f5e-3c1d-4e8f-9a2b-1c3d5e7f9a0b"
OLE = "0d2c4e6f-8a1b-4c3d-9e5f-7a9b1c3d5e7f"
LUNCH = "c0ffee00-1234-4abc-8def-0123456789ab"

CURRENT = {
    "sessions": [
        {
            "id": "1001",
            "title": "Opening keynote",
            "description": "Line one\r\nLine two",
            "startsAt": "2026-10-03T09:00:00",
            "endsAt": "2026-10-03T09:45:00",
            "isServiceSession": False,
            "isPlenumSession": True,
            "speakers": [OLE, ZOE],
            "categoryItems": [22, 21],
            "questionAnswers": [{"questionId": 40, "answerValue": "https://slides.example/1"}],
            "roomId": 10,
            "liveUrl": None,
            "recordingUrl": "https://video.example/1",
            "status": "Accepted",
            "isInformed": True,
            "isConfirmed": False,
        },
        {
            "id": "1002",
            "title": "Deep dive",
            "description": None,
            "startsAt": "2026-10-03T10:00:00",
            "endsAt": "2026-10-03T10:45:00",
            "isServiceSession": False,
            "isPlenumSession": False,
            "speakers": [ZOE],
            "categoryItems": [],
            "questionAnswers": [],
            "roomId": 11,
            "liveUrl": "https://live.example/2",
            "recordingUrl": None,
            "status": "Accepted",
            "isInformed": True,
            "isConfirmed": True,
        },
        all_service_session(LUNCH, "Lunch", "2026-10-03T12:00:00", "2026-10-03T13:00:00", None),
    ],
    "speakers": [
        {
            "id": ZOE,
            "firstName": "Zoë",
            "lastName": "Ångström",
            "bio": "Builds things.\r\nTalks about them.",
            "tagLine": None,
            "profilePicture": None,
            "isTopSpeaker": True,
            "links": [
                {"title": "GitHub", "url": "https://github.example/zoe", "linkType": "Other"},
                {
                    "title": "LinkedIn",
                    "url": "https://linkedin.example/zoe",
                    "linkType": "LinkedIn",
                },
            ],
            "sessions": [1002, 1001],
            "fullName": "Zoë Ångström",
            "categoryItems": [31],
            "questionAnswers": [{"questionId": 41, "answerValue": "she/her"}],
        },
        {
            "id": OLE,
            "firstName": "Ole",
            "lastName": "Berg",
            "bio": None,
            "tagLine": "Engineer",
            "profilePicture": "https://images.example/ole.jpg",
            "isTopSpeaker": False,
            "links": [],
            "sessions": [1001],
            "fullName": "Ole Berg",
            "categoryItems": [],
            "questionAnswers": [],
        },
    ],
    "questions": [
        {"id": 40, "question": "Slides", "questionType": "Web_address", "sort": 2},
        {"id": 41, "question": "Pronouns", "questionType": "Short_Text", "sort": 1},
    ],
    "categories": [
        {
            "id": 20,
            "title": "Track",
            "items": [{"id": 21, "name": "Web", "sort": 1}, {"id": 22, "name": "Data", "sort": -3}],
            "sort": 0,
            "type": "session",
        },
        {
            "id": 30,
            "title": "Experience",
            "items": [{"id": 31, "name": "First talk", "sort": 1}],
            "sort": 5,
            "type": "speaker",
        },
    ],
    "rooms": [
        {"id": 10, "name": "Main Hall", "sort": 0},
        {"id": 11, "name": "Side Room", "sort": 1},
    ],
}

# Keys that the format gained over the years (see the wire format's "Older responses").
NEWER_SESSION_KEYS = ("liveUrl", "recordingUrl", "status", "isInformed", "isConfirmed")


def current() -> dict:
    """A fresh, mutable copy of a small, valid All view in the current format."""
    return copy.deepcopy(CURRENT)


def older() -> dict:
    """The same program as a 2018-style response: no newer keys at all."""
    data = current()
    for session in data["sessions"]:
        for key in NEWER_SESSION_KEYS:
            del session[key]
    for category in data["categories"]:
        del category["type"]
    for speaker in data["speakers"]:
        del speaker["categoryItems"], speaker["questionAnswers"]
    return data


def encode(data: object) -> bytes:
    return orjson.dumps(data)


PROGRAM_MODELS = (
    m.Event,
    m.Room,
    m.Category,
    m.CategoryItem,
    m.Question,
    m.Speaker,
    m.SpeakerLink,
    m.SpeakerItem,
    m.SpeakerAnswer,
    m.Session,
    m.SessionSpeaker,
    m.SessionItem,
    m.SessionAnswer,
)


def snapshot() -> dict[str, list[dict]]:
    """Every row of every program table, pks and all, to compare before and after."""
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in PROGRAM_MODELS}
