"""A pretalx-style frab schedule (valid against the c3voc schema) to import in tests."""

import copy

HALL_A, HALL_B = "0b0a40f2-2f4c-4f3e-9a0e-0f6d2c1a0001", "0b0a40f2-2f4c-4f3e-9a0e-0f6d2c1a0002"
OPENING = "5b7e2a54-8f6b-4f38-9d36-7f3d6a0c0001"
KEYNOTE = "5b7e2a54-8f6b-4f38-9d36-7f3d6a0c0002"
LUNCH = "5b7e2a54-8f6b-4f38-9d36-7f3d6a0c0003"
WORKSHOP = "5b7e2a54-8f6b-4f38-9d36-7f3d6a0c0004"
ADA = "a7d2c3b4-0000-4000-8000-00000000000a"


def person(code: str, name: str, **extra) -> dict:
    return {
        "code": code,
        "name": name,
        "public_name": name,
        "avatar": f"https://pretalx.example.org/media/avatars/{code}.png",
        "biography": f"{name} writes software.",
        **extra,
    }


def event(guid: str, number: int, room: str, date: str, duration: str, title: str, **extra):
    return {
        "guid": guid,
        "code": f"C{number:05d}",
        "id": number,
        "date": date,
        "start": date[11:16],
        "end": extra.pop("end"),
        "duration": duration,
        "room": room,
        "slug": f"democon-{number}-talk",
        "url": f"https://pretalx.example.org/democon/talk/C{number:05d}/",
        "title": title,
        "subtitle": extra.pop("subtitle", ""),
        "track": extra.pop("track", None),
        "type": extra.pop("type", "Talk"),
        "language": extra.pop("language", "en"),
        "abstract": extra.pop("abstract", f"About {title}."),
        "description": extra.pop("description", ""),
        "recording_license": "",
        "do_not_record": extra.pop("do_not_record", False),
        "persons": extra.pop("persons", []),
        "links": extra.pop("links", []),
        **extra,
    }


SCHEDULE = {
    "$schema": "https://c3voc.de/schedule/schema.json",
    "generator": {"name": "pretalx", "version": "2025.1.0"},
    "schedule": {
        "version": "0.3",
        "base_url": "https://pretalx.example.org",
        "conference": {
            "acronym": "democon",
            "title": "Demo Conference 2027",
            "start": "2027-05-12",
            "end": "2027-05-13",
            "daysCount": 2,
            "timeslot_duration": "00:05",
            "time_zone_name": "Europe/Berlin",
            "rooms": [{"name": "Hall A", "guid": HALL_A}, {"name": "Hall B", "guid": HALL_B}],
            "tracks": [
                {"name": "Science", "color": "#224466"},
                {"name": "Art", "color": "#884422"},
            ],
            "days": [
                {
                    "index": 1,
                    "date": "2027-05-12",
                    "day_start": "2027-05-12T04:00:00+02:00",
                    "day_end": "2027-05-13T03:59:00+02:00",
                    "rooms": {
                        "Hall A": [
                            event(
                                OPENING,
                                11,
                                "Hall A",
                                "2027-05-12T09:00:00+02:00",
                                "00:30",
                                "Opening",
                                end="2027-05-12T09:30:00+02:00",
                                track="Science",
                                persons=[person("ADA123", "Ada Lovelace", guid=ADA)],
                                subtitle="Welcome",
                                do_not_record=True,
                                links=[
                                    {
                                        "url": "https://example.org/slides",
                                        "title": "Slides",
                                        "type": "slides",
                                    }
                                ],
                            ),
                            event(
                                KEYNOTE,
                                12,
                                "Hall A",
                                "2027-05-12T10:00:00+02:00",
                                "01:00",
                                "Keynote",
                                end="2027-05-12T11:00:00+02:00",
                                track="Art",
                                language="de",
                                description="The long story.",
                                persons=[
                                    person("BOB456", "Bob de Vries"),
                                    person("ADA123", "Ada Lovelace", guid=ADA),
                                ],
                            ),
                        ],
                        "Hall B": [
                            event(
                                LUNCH,
                                13,
                                "Hall B",
                                "2027-05-12T12:00:00+02:00",
                                "01:00",
                                "Lunch",
                                end="2027-05-12T13:00:00+02:00",
                                type="other",
                                language=None,
                                abstract=None,
                            ),
                        ],
                    },
                },
                {
                    "index": 2,
                    "date": "2027-05-13",
                    "day_start": "2027-05-13T04:00:00+02:00",
                    "day_end": "2027-05-14T03:59:00+02:00",
                    "rooms": {
                        "Hall A": [],
                        "Hall B": [
                            event(
                                WORKSHOP,
                                14,
                                "Hall B",
                                "2027-05-13T09:00:00+02:00",
                                "02:00",
                                "Workshop",
                                end="2027-05-13T11:00:00+02:00",
                                type="Workshop",
                                persons=[person("BOB456", "Bob de Vries")],
                            ),
                        ],
                    },
                },
            ],
        },
    },
}


def schedule() -> dict:
    """A fresh copy to change in a test."""
    return copy.deepcopy(SCHEDULE)


def events_of(document: dict) -> list[dict]:
    return [
        event
        for day in document["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for event in events
    ]
