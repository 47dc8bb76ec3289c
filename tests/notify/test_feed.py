"""The change feed: ``/api/v2/{id}/changes?since=n`` and ``/api/v2/{id}/changes.atom``."""

import datetime as dt

import orjson
import pytest
from lxml import etree

from podium.notify.models import Publication
from tests.factories import EndpointFactory

pytestmark = pytest.mark.django_db

START = dt.datetime(2026, 10, 3, 9, 0, tzinfo=dt.UTC)
ATOM = "{http://www.w3.org/2005/Atom}"


def summary(moved: int) -> dict:
    nothing = {"added": [], "removed": [], "changed": []}
    changed = [{"id": str(n), "fields": ["time"]} for n in range(moved)]
    return {
        "sessions": {**nothing, "changed": changed},
        "speakers": nothing,
        "rooms": nothing,
        "other": [],
    }


@pytest.fixture
def endpoint():
    return EndpointFactory(id="feedjson1")


def publish(endpoint, count: int) -> None:
    Publication.objects.bulk_create(
        Publication(
            endpoint=endpoint,
            number=number,
            published_at=START + dt.timedelta(minutes=number),
            all_hash=f"{number:040x}",
            summary=summary(2),
        )
        for number in range(1, count + 1)
    )


def test_feed_changes_since_lists_later_publications_newest_last(client, endpoint):
    publish(endpoint, 3)

    answer = client.get("/api/v2/feedjson1/changes?since=1")

    assert answer.status_code == 200
    assert orjson.loads(answer.content) == {
        "endpoint": "feedjson1",
        "latest": 3,
        "since": 1,
        "publications": [
            {
                "number": number,
                "time": f"2026-10-03T09:0{number}:00Z",
                "hash": f"{number:040x}",
                "text": "2 sessions changed (time)",
                "summary": summary(2),
            }
            for number in (2, 3)
        ],
        "next": None,
    }


def test_feed_changes_since_beyond_latest_is_empty_with_the_latest(client, endpoint):
    publish(endpoint, 2)

    body = orjson.loads(client.get("/api/v2/feedjson1/changes?since=9").content)

    assert (body["latest"], body["publications"], body["next"]) == (2, [], None)


def test_feed_changes_is_paginated(client, endpoint):
    publish(endpoint, 60)

    first = orjson.loads(client.get("/api/v2/feedjson1/changes").content)
    second = orjson.loads(client.get(first["next"]).content)

    assert [p["number"] for p in first["publications"]] == list(range(1, 51))
    assert first["next"] == "/api/v2/feedjson1/changes?since=50"
    assert ([p["number"] for p in second["publications"]], second["next"]) == (
        list(range(51, 61)),
        None,
    )


@pytest.mark.parametrize("since", ["abc", "-1", "1.5", "2147483648", "99999999999", "\u0663"])
def test_feed_changes_bad_since_is_a_json_400(client, endpoint, since):
    answer = client.get("/api/v2/feedjson1/changes", {"since": since})

    assert (answer.status_code, orjson.loads(answer.content)) == (
        400,
        {"error": f"since: use a publication number (0 to 2147483647), not {since!r}"},
    )


def test_feed_changes_largest_since_is_an_empty_page(client, endpoint):
    answer = client.get("/api/v2/feedjson1/changes", {"since": "2147483647"})

    assert (answer.status_code, orjson.loads(answer.content)["publications"]) == (200, [])


@pytest.mark.parametrize("count", [2, 120])
def test_feed_changes_costs_constant_queries(client, endpoint, count, django_assert_num_queries):
    publish(endpoint, count)

    with django_assert_num_queries(3):
        assert client.get("/api/v2/feedjson1/changes").status_code == 200
    with django_assert_num_queries(2):
        assert client.get("/api/v2/feedjson1/changes.atom").status_code == 200


def test_feed_changes_answers_304_until_a_new_publication(client, endpoint):
    publish(endpoint, 1)
    tag = client.get("/api/v2/feedjson1/changes?since=0")["ETag"]

    same = client.get("/api/v2/feedjson1/changes?since=0", headers={"If-None-Match": tag})
    Publication.objects.create(endpoint=endpoint, number=2, all_hash="0" * 40, summary=summary(1))
    newer = client.get("/api/v2/feedjson1/changes?since=0", headers={"If-None-Match": tag})

    assert (same.status_code, newer.status_code) == (304, 200)
    assert (newer["Cache-Control"], newer["Access-Control-Allow-Origin"]) == ("no-cache", "*")


def test_feed_changes_of_unknown_endpoint_is_a_404(client, db):
    answer = client.get("/api/v2/nosuchid0/changes")

    assert (answer.status_code, orjson.loads(answer.content)) == (
        404,
        {"error": "no published endpoint with id 'nosuchid0'"},
    )


def test_feed_atom_lists_publications_newest_first(client, endpoint):
    publish(endpoint, 2)

    answer = client.get("/api/v2/feedjson1/changes.atom")
    feed = etree.fromstring(answer.content)

    assert answer["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")] == [
        "v2: 2 sessions changed (time)",
        "v1: 2 sessions changed (time)",
    ]
    assert [e.findtext(f"{ATOM}updated") for e in feed.iter(f"{ATOM}entry")] == [
        "2026-10-03T09:02:00+00:00",
        "2026-10-03T09:01:00+00:00",
    ]
