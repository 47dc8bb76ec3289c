"""The shared real Sessionize captures, as the view data renderers receive."""

import json

import pytest

from tests.conftest import shared_path

CAPTURES = [
    ("scottish-summit-2026", "All"),
    ("global-azure-linz-2024", "All"),
    ("droidcon-london-2024", "GridSmart"),
    ("droidcon-london-2024", "Sessions"),
    ("droidcon-london-2024", "Speakers"),
]
WALL_KEYS = ("id", "firstName", "lastName", "fullName", "tagLine", "profilePicture", "isTopSpeaker")


def load_capture(folder: str, view: str) -> object:
    raw = shared_path(f"fixtures/sessionize/{folder}/{view}.json").read_bytes()
    return json.loads(raw.decode("utf-8-sig"))


def speaker_wall(speakers: list[dict]) -> list[dict]:
    """SpeakerWall data derived from a Speakers capture (no SpeakerWall capture exists)."""
    return [{key: speaker[key] for key in WALL_KEYS} for speaker in speakers]


capture_params = pytest.mark.parametrize(
    ("folder", "view"), CAPTURES, ids=[f"{f}-{v}" for f, v in CAPTURES]
)
