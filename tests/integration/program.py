"""A synthetic Sessionize All view that marks which import a body came from."""

import json
import re
from pathlib import Path

from tests.servers import Response, Server, get, run_podium

EVENT = "twoproc"
ENDPOINT = "twoproc0001"
SESSIONS = 40


def program(mark: str) -> bytes:
    """A Sessionize All view whose every session title and speaker name ends in ``mark``.

    A body that shows two marks mixes two imports.
    """
    speakers = [
        {
            "id": f"00000000-0000-4000-8000-{number:012d}",
            "firstName": "Speaker",
            "lastName": f"{number} {mark}",
            "fullName": f"Speaker {number} {mark}",
            "bio": None,
            "tagLine": None,
            "profilePicture": None,
            "isTopSpeaker": False,
            "links": [],
            "sessions": [1000 + number],
            "categoryItems": [],
            "questionAnswers": [],
        }
        for number in range(SESSIONS)
    ]
    sessions = [
        {
            "id": str(1000 + number),
            "title": f"Talk {number} {mark}",
            "description": None,
            "startsAt": f"2026-10-03T{9 + number % 8:02d}:00:00",
            "endsAt": f"2026-10-03T{9 + number % 8:02d}:45:00",
            "isServiceSession": False,
            "isPlenumSession": False,
            "speakers": [speaker["id"]],
            "categoryItems": [],
            "questionAnswers": [],
            "roomId": 1 + number % 3,
            "liveUrl": None,
            "recordingUrl": None,
            "status": "Accepted",
            "isInformed": True,
            "isConfirmed": True,
        }
        for number, speaker in enumerate(speakers)
    ]
    rooms = [{"id": room, "name": f"Room {room}", "sort": room} for room in (1, 2, 3)]
    document = {
        "sessions": sessions,
        "speakers": speakers,
        "questions": [],
        "categories": [],
        "rooms": rooms,
    }
    return json.dumps(document).encode()


def import_programs(env: dict[str, str], folder: Path, marks: list[str]) -> None:
    """Import the program with each mark in turn, in one ``podium`` process."""
    paths = []
    for number, mark in enumerate(marks):
        paths.append(str(folder / f"All-{number}.json"))
        Path(paths[-1]).write_bytes(program(mark))
    script = (
        "from podium.importers.writer import import_sessionize\n"
        f"for path in {paths!r}:\n"
        f"    import_sessionize(open(path, 'rb').read(), slug={EVENT!r})\n"
    )
    result = run_podium(env, "shell", "--no-imports", "-c", script)
    assert result.returncode == 0, result.stderr


def marks_in(body: bytes) -> set[str]:
    return set(re.findall(r"\[mark-\d+\]", body.decode()))


def view(server: Server, name: str) -> Response:
    """A view of the published endpoint, as served by ``server``."""
    return get(f"{server.url}/api/v2/{ENDPOINT}/view/{name}")
