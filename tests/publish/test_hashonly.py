"""``?hashonly=true``: the SHA-1 of the bytes the same URL serves without it."""

import hashlib

import orjson
import pytest

from podium.program.models import Session
from podium.publish.models import Endpoint
from tests.publish.conftest import view_url

pytestmark = pytest.mark.django_db

VIEWS = ["All", "Sessions", "Speakers", "GridSmart", "GridTable", "SpeakerWall"]


def urls(endpoint_id: str) -> list[str]:
    frab = [f"/api/v2/{endpoint_id}/frab/schedule.json", f"/api/v2/{endpoint_id}/frab/schedule.xml"]
    return [view_url(endpoint_id, view) for view in VIEWS] + frab


def sha1(body: bytes) -> bytes:
    return hashlib.sha1(body).hexdigest().encode()


@pytest.mark.parametrize("fmt", ["json", "xml", "ical"])
def test_hashonly_is_sha1_of_the_body_for_every_view_and_format(client, event, fmt):
    Endpoint.objects.create(event=event, id="hashfmt01", format=fmt)

    for url in urls("hashfmt01"):
        full = client.get(url)
        answer = client.get(url + "?hashonly=true")
        if full.status_code == 404:  # a view the format has not: no hash either
            assert (url, answer.status_code) == (url, 404)
            continue
        assert (url, answer.status_code, answer.content) == (url, 200, sha1(full.content))
        assert answer["Content-Type"] == "text/plain; charset=utf-8"


def test_hashonly_has_its_own_etag_and_answers_304(client, endpoint):
    url = view_url(endpoint.id, "All")
    full = client.get(url)
    first = client.get(url + "?hashonly=true")

    again = client.get(url + "?hashonly=true", headers={"If-None-Match": first["ETag"]})

    assert first["ETag"] != full["ETag"]
    assert again.status_code == 304
    assert (first["Cache-Control"], first["Access-Control-Allow-Origin"]) == (
        full["Cache-Control"],
        "*",
    )


def test_hashonly_changes_when_the_view_changes(client, endpoint):
    url = view_url(endpoint.id, "Sessions") + "?hashonly=true"
    before = client.get(url).content
    session = Session.objects.get(event=endpoint.event, title="Talk 0")
    session.title = "Renamed talk"
    session.save()

    after = client.get(url).content

    assert after != before
    assert after == sha1(client.get(view_url(endpoint.id, "Sessions")).content)


def test_hashonly_unchanged_when_another_view_changes_nothing(client, endpoint):
    url = view_url(endpoint.id, "Speakers") + "?hashonly=true"
    before = client.get(url).content
    lunch = Session.objects.get(event=endpoint.event, title="Lunch")
    lunch.description = "Sandwiches"
    lunch.save()

    after = client.get(url).content

    # Speakers show no service session: their bytes, hence their hash, stay.
    assert after == before


def test_hashonly_false_serves_the_view(client, endpoint):
    url = view_url(endpoint.id, "All")

    assert client.get(url + "?hashonly=false").content == client.get(url).content


def test_hashonly_bad_value_is_a_json_400(client, endpoint):
    answer = client.get(view_url(endpoint.id, "All") + "?hashonly=maybe")

    assert (answer.status_code, orjson.loads(answer.content)) == (
        400,
        {"error": "hashonly: use true or false"},
    )


def test_hashonly_head_sends_no_body(client, endpoint):
    answer = client.head(view_url(endpoint.id, "All") + "?hashonly=true")

    assert (answer.status_code, answer.content, answer["Content-Length"]) == (200, b"", "40")
