"""The top-speakers-only option: a SpeakerWall of headliners, from the CLI to the wire."""

import json
import xml.etree.ElementTree as ET
from io import StringIO

import pytest
from django.core.management import call_command, load_command_class

from podium.publish.models import Endpoint
from tests.factories import EventFactory, SessionSpeakerFactory, SpeakerFactory
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def speakers():
    event = EventFactory(slug="wall")
    keynote = SpeakerFactory(event=event, first_name="Ada", is_top_speaker=True)
    speaker = SpeakerFactory(event=event, first_name="Bob")
    for one in (keynote, speaker):
        SessionSpeakerFactory(session__event=event, speaker=one)
    return event


def wall_names(client, endpoint_id: str) -> list[str]:
    response = client.get(view_url(endpoint_id, "SpeakerWall"))
    return [speaker["firstName"] for speaker in json.loads(response.content)]


def test_speaker_wall_top_speakers_only_lists_only_top_speakers(client, speakers):
    Endpoint.objects.create(event=speakers, id="wall0001", top_speakers_only=True)
    assert wall_names(client, "wall0001") == ["Ada"]


def test_speaker_wall_top_speakers_only_off_lists_every_speaker(client, speakers):
    Endpoint.objects.create(event=speakers, id="wall0001")
    assert wall_names(client, "wall0001") == ["Ada", "Bob"]


def test_speakers_view_top_speakers_only_still_lists_every_speaker(client, speakers):
    Endpoint.objects.create(event=speakers, id="wall0001", top_speakers_only=True)
    response = client.get(view_url("wall0001", "Speakers"))
    assert [speaker["firstName"] for speaker in json.loads(response.content)] == ["Ada", "Bob"]


def test_speaker_wall_xml_top_speakers_only_lists_only_top_speakers(client, speakers):
    Endpoint.objects.create(event=speakers, id="wall0001", format="xml", top_speakers_only=True)
    root = ET.fromstring(client.get(view_url("wall0001", "SpeakerWall")).content)
    assert [node.text for node in root.iter("firstName")] == ["Ada"]


def test_endpoint_create_top_speakers_only_flag_sets_it_and_list_shows_it(speakers):
    run("endpoint", "create", "wall", "--id", "wall0001", "--top-speakers-only")
    assert Endpoint.objects.get().top_speakers_only is True
    assert run("endpoint", "list").splitlines()[1].endswith(" top-speakers-only=on")
    run("endpoint", "update", "wall0001", "--no-top-speakers-only")
    assert Endpoint.objects.get().top_speakers_only is False


def test_endpoint_create_help_describes_top_speakers_only():
    parser = load_command_class("podium.publish", "endpoint").create_parser("podium", "endpoint")
    create = next(a for a in parser._actions if a.dest == "action").choices["create"]
    help_text = " ".join(create.format_help().split())
    assert (
        "--top-speakers-only, --no-top-speakers-only list only top speakers in the "
        "SpeakerWall view, for a wall of headliners; default: off"
    ) in help_text
