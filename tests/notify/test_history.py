"""Publication history: a numbered publication per endpoint, only when it changed."""

import pytest

from podium.importers.writer import import_sessionize
from podium.notify.describe import describe
from podium.notify.models import Publication
from podium.program.models import Event
from podium.publish.models import Endpoint
from tests.importers.payloads import LUNCH, OLE, ZOE, current, encode

# Changes are announced after commit: each write here commits.
pytestmark = pytest.mark.django_db(transaction=True)

NEW_SPEAKER = "9e9e9e9e-1111-4222-8333-444455556666"


def imported(data: dict) -> Event:
    return import_sessionize(encode(data), slug="conf", time_zone="Europe/Berlin").event


def with_endpoint(**options) -> Endpoint:
    return Endpoint.objects.create(event=imported(current()), id="histjson1", **options)


def history(endpoint_id: str) -> list[tuple[int, dict]]:
    rows = Publication.objects.filter(endpoint_id=endpoint_id).order_by("number")
    return [(row.number, row.summary) for row in rows]


def nothing() -> dict:
    return {"added": [], "removed": [], "changed": []}


def moved_and_added() -> dict:
    data = current()
    data["sessions"][0]["startsAt"] = "2026-10-03T09:15:00"
    data["sessions"][0]["endsAt"] = "2026-10-03T10:00:00"
    data["sessions"][1]["roomId"] = 10
    data["sessions"][1]["speakers"] = [ZOE, NEW_SPEAKER]
    newcomer = dict(data["speakers"][1], id=NEW_SPEAKER, firstName="Ada", lastName="Moss")
    data["speakers"].append(newcomer | {"fullName": "Ada Moss", "sessions": [1002]})
    return data


def test_history_first_publication_lists_everything_as_added():
    endpoint = with_endpoint()

    [(number, summary)] = history(endpoint.id)

    assert (number, summary["sessions"]["added"], summary["speakers"]["added"]) == (
        1,
        ["1001", "1002", LUNCH],
        [OLE, ZOE],
    )
    assert summary["rooms"]["added"] == [10, 11]


def test_history_import_moving_two_sessions_and_adding_a_speaker_records_that():
    endpoint = with_endpoint()

    imported(moved_and_added())

    assert history(endpoint.id)[1] == (
        2,
        {
            "sessions": {
                "added": [],
                "removed": [],
                "changed": [
                    {"id": "1001", "fields": ["time"]},
                    {"id": "1002", "fields": ["room", "speakers"]},
                ],
            },
            "speakers": {"added": [NEW_SPEAKER], "removed": [], "changed": []},
            "rooms": nothing(),
            "other": [],
        },
    )


def test_history_reimporting_the_same_file_records_nothing():
    endpoint = with_endpoint()
    imported(moved_and_added())

    imported(moved_and_added())

    assert [number for number, _ in history(endpoint.id)] == [1, 2]


def test_history_two_endpoints_with_different_options_differ():
    endpoint = with_endpoint()
    Endpoint.objects.create(event=endpoint.event, id="histnolink", speaker_links=False)
    data = current()
    data["speakers"][0]["links"] = []

    imported(data)

    changed = [summary["speakers"]["changed"] for _, summary in history(endpoint.id)[1:]]
    assert changed == [[{"id": ZOE, "fields": ["links"]}]]
    assert [number for number, _ in history("histnolink")] == [1]


def test_history_option_change_is_a_publication():
    endpoint = with_endpoint()

    endpoint.speaker_links = False
    endpoint.save()

    assert history(endpoint.id)[1][1]["speakers"]["changed"] == [{"id": ZOE, "fields": ["links"]}]


def test_history_keeps_the_state_of_the_latest_publication_only():
    with_endpoint()
    imported(moved_and_added())

    states = list(Publication.objects.order_by("number").values_list("state", flat=True))

    assert [state is None for state in states] == [True, False]


def test_history_summary_in_words():
    summary = {
        "sessions": {
            "added": [],
            "removed": ["7"],
            "changed": [{"id": "1", "fields": ["time"]}, {"id": "2", "fields": ["time", "room"]}],
        },
        "speakers": {"added": ["a"], "removed": [], "changed": []},
        "rooms": nothing(),
        "other": ["customFields"],
    }

    assert describe(summary) == (
        "1 session removed, 2 sessions changed (time, room), 1 speaker added, custom fields changed"
    )


def test_history_embed_endpoint_records_a_hash_of_its_views():
    endpoint = with_endpoint(format="embed")
    [first] = Publication.objects.filter(endpoint=endpoint)

    endpoint.embed_accent = "#112233"
    endpoint.save()

    second = Publication.objects.filter(endpoint=endpoint).order_by("number").last()
    assert (len(first.all_hash), second.number, second.summary["other"]) == (
        40,
        2,
        ["presentation"],
    )
    assert second.all_hash != first.all_hash
