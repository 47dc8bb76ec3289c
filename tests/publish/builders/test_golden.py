"""Golden tests: import real Sessionize captures and publish them again, exactly."""

import json

import pytest

from podium.importers.writer import import_sessionize
from podium.program.models import Category, Question
from podium.publish.builders import build_view
from tests.conftest import shared_path
from tests.factories import EndpointFactory

pytestmark = pytest.mark.django_db


def read_capture(relative: str) -> bytes:
    return shared_path(f"fixtures/sessionize/{relative}").read_bytes()


def parse(raw: bytes):
    return json.loads(raw.decode("utf-8-sig"))


def wire(value) -> str:
    """Text that differs whenever a value, a list order or a key order differs."""
    return json.dumps(value, ensure_ascii=False, indent=1)


def endpoint_reproducing(raw: bytes, *, slug: str, time_zone: str, **options):
    """Import ``raw`` and make an endpoint that publishes all of it, like the capture."""
    event = import_sessionize(raw, slug=slug, time_zone=time_zone).event
    endpoint = EndpointFactory(event=event, include_sessions="accepted", **options)
    endpoint.exposed_categories.set(Category.objects.filter(event=event))
    endpoint.exposed_questions.set(Question.objects.filter(event=event))
    return endpoint


@pytest.mark.parametrize(
    "capture, time_zone",
    [
        ("scottish-summit-2026", "Europe/London"),
        ("global-azure-linz-2024", "Europe/Vienna"),
    ],
)
def test_all_view_of_imported_capture_equals_capture(capture, time_zone):
    raw = read_capture(f"{capture}/All.json")
    endpoint = endpoint_reproducing(raw, slug=capture, time_zone=time_zone)
    assert wire(build_view(endpoint, "All")) == wire(parse(raw))


def droidcon_all(grid: list, speakers: list) -> dict:
    """An All response rebuilt from droidcon's GridSmart and Speakers captures.

    Room sort follows the grid's room order; category items get their first-seen order.
    """
    rooms, categories, sessions = {}, {}, {}
    for day in grid:
        for room in day["rooms"]:
            rooms.setdefault(
                room["id"], {"id": room["id"], "name": room["name"], "sort": len(rooms)}
            )
        for slot in day["timeSlots"]:
            for cell in slot["rooms"]:
                sessions[cell["session"]["id"]] = all_session(cell["session"], categories)
    return {
        "sessions": list(sessions.values()),
        "speakers": [all_speaker(speaker) for speaker in speakers],
        "questions": [],
        "categories": [{**c, "items": list(c["items"].values())} for c in categories.values()],
        "rooms": list(rooms.values()),
    }


def all_session(session: dict, categories: dict) -> dict:
    for category in session["categories"]:
        known = categories.setdefault(
            category["id"],
            {"id": category["id"], "title": category["name"], "items": {},
             "sort": category["sort"], "type": "session"},
        )  # fmt: skip
        for item in category["categoryItems"]:
            known["items"].setdefault(item["id"], {**item, "sort": len(known["items"])})
    plain = {key: session[key] for key in ("id", "title", "description", "startsAt", "endsAt")}
    return {
        **plain,
        "isServiceSession": session["isServiceSession"],
        "isPlenumSession": session["isPlenumSession"],
        "speakers": [speaker["id"] for speaker in session["speakers"]],
        "categoryItems": [i["id"] for c in session["categories"] for i in c["categoryItems"]],
        "questionAnswers": [],
        **{key: session[key] for key in ("roomId", "liveUrl", "recordingUrl", "status")},
        "isInformed": session["isInformed"],
        "isConfirmed": session["isConfirmed"],
    }


def all_speaker(speaker: dict) -> dict:
    keys = ("id", "firstName", "lastName", "bio", "tagLine", "profilePicture", "isTopSpeaker")
    return {
        **{key: speaker[key] for key in keys},
        "links": speaker["links"],
        "sessions": [session["id"] for session in speaker["sessions"]],
        "fullName": speaker["fullName"],
        "categoryItems": [],
        "questionAnswers": [],
    }


@pytest.fixture
def droidcon():
    captures = {
        view: parse(read_capture(f"droidcon-london-2024/{view}.json"))
        for view in ("GridSmart", "Speakers", "Sessions")
    }
    raw = json.dumps(droidcon_all(captures["GridSmart"], captures["Speakers"])).encode()
    endpoint = endpoint_reproducing(raw, slug="droidcon-london-2024", time_zone="Europe/London")
    return endpoint, captures


def shapes(value, path="$", found=None) -> dict[str, set[tuple]]:
    """The key orders seen at every level of a value (list positions merged)."""
    found = {} if found is None else found
    if isinstance(value, dict):
        found.setdefault(path, set()).add(tuple(value))
        for key, inner in value.items():
            shapes(inner, f"{path}.{key}", found)
    elif isinstance(value, list):
        for inner in value:
            shapes(inner, f"{path}[]", found)
    return found


def test_droidcon_grid_derived_from_import_equals_capture(droidcon):
    endpoint, captures = droidcon
    assert wire(build_view(endpoint, "GridSmart")) == wire(captures["GridSmart"])


def test_droidcon_speakers_derived_from_import_equals_capture(droidcon):
    endpoint, captures = droidcon
    assert wire(build_view(endpoint, "Speakers")) == wire(captures["Speakers"])


@pytest.mark.parametrize("view", ["GridSmart", "Speakers", "Sessions"])
def test_droidcon_view_shapes_match_capture_key_for_key(droidcon, view):
    endpoint, captures = droidcon
    assert shapes(build_view(endpoint, view)) == shapes(captures[view])


def test_droidcon_sessions_without_service_sessions_equal_capture(droidcon):
    # The Sessions capture is of an endpoint without service sessions, taken at
    # another moment than the grid: one session's two first speakers had swapped.
    endpoint, captures = droidcon
    endpoint.service_sessions = False
    endpoint.save()
    built = build_view(endpoint, "Sessions")
    captured = captures["Sessions"]
    swapped = captured[0]["sessions"][73]["speakers"]
    swapped[0], swapped[1] = swapped[1], swapped[0]
    assert wire(built) == wire(captured)
