"""The OpenAPI description at /api/v2/openapi.json is true of the live views."""

import orjson
import pytest
from django.urls import resolve
from openapi_spec_validator import validate

import podium
from podium.demo.loader import load_demo
from podium.importers.writer import import_sessionize
from podium.publish.models import Endpoint
from podium.publish.openapi import openapi_document
from podium.publish.urls import urlpatterns
from tests.conftest import shared_path
from tests.factories import EventFactory, SessionFactory
from tests.publish.openapi_check import problems, schema_errors

pytestmark = pytest.mark.django_db

ID_PATHS = [path for path in openapi_document()["paths"] if "{endpointId}" in path]


def test_openapi_document_is_valid_openapi_3_1():
    document = openapi_document()
    validate(document)
    assert (document["openapi"], document["info"]["version"]) == ("3.1.0", podium.__version__)


def test_openapi_served_with_cors_etag_and_304(client):
    response = client.get("/api/v2/openapi.json")
    assert response.status_code == 200
    assert response.json() == openapi_document()
    assert problems("/api/v2/openapi.json", response) == []
    again = client.get("/api/v2/openapi.json", HTTP_IF_NONE_MATCH=response["ETag"])
    assert (again.status_code, again.content) == (304, b"")
    assert problems("/api/v2/openapi.json", again) == []


def test_openapi_every_url_of_the_api_is_described():
    described = {path.removeprefix("/api/v2/") for path in openapi_document()["paths"]}
    routes = {str(p.pattern) for p in urlpatterns if p.name}  # the catch-all has no name
    views = {path.replace("{endpointId}", "<str:endpoint_id>") for path in described}
    assert {r for r in routes if "<str:view>" not in r} == {v for v in views if "/view/" not in v}
    for path in described:
        match = resolve("/api/v2/" + path.replace("{endpointId}", "abcdefgh"))
        assert match.url_name is not None, path


def endpoints_of_every_kind() -> list[str]:
    """The demo's three endpoints, more options, a richer real program, a hidden schedule."""
    demo = load_demo()
    Endpoint.objects.create(
        event=demo,
        id="demogroups",
        include_sessions="accepted",
        speaker_links=False,
        utc_times=True,
        group_by=demo.categories.get(title="Track"),
    ).exposed_categories.set(demo.categories.all())
    hidden = EventFactory(slug="hidden", schedule_announced=False)
    SessionFactory(event=hidden)
    Endpoint.objects.create(event=hidden, id="hiddenjson")
    ids = ["demojson", "demoxml0", "demoical", "demogroups", "hiddenjson", "missing00"]
    for name in ("scottish-summit-2026", "global-azure-linz-2024"):
        path = shared_path(f"fixtures/sessionize/{name}/All.json")
        event = import_sessionize(path.read_bytes(), slug=name, time_zone="Europe/London").event
        endpoint = Endpoint.objects.create(event=event, include_sessions="accepted")
        endpoint.exposed_categories.set(event.categories.all())
        endpoint.exposed_questions.set(event.questions.all())
        ids.append(endpoint.id)
    return ids


def test_openapi_describes_every_answer_of_every_endpoint(client):
    checked = {}
    for endpoint_id in endpoints_of_every_kind():
        for template in ID_PATHS:
            response = client.get(template.replace("{endpointId}", endpoint_id))
            found = problems(template, response)
            assert (endpoint_id, template, found) == (endpoint_id, template, [])
            checked[response.status_code] = checked.get(response.status_code, 0) + 1
    assert sorted(checked) == [200, 404]


def test_openapi_error_schema_fits_every_error_answer(client):
    error = openapi_document()["components"]["schemas"]["Error"]
    load_demo()
    answers = [
        client.post("/api/v2/demojson/view/All"),
        client.delete("/api/v2/schema.xsd"),
        client.get("/api/v2/demojson/view/Rooms"),
        client.get("/api/v2/nothing/here/at/all"),
        client.get("/api/v2/demoical/view/Speakers"),
    ]
    assert [a.status_code for a in answers] == [405, 405, 404, 404, 404]
    assert [schema_errors(error, a.json()) for a in answers] == [[]] * 5


def test_openapi_check_reports_a_wrong_body(client):
    # The check itself must see a departure: here a view answered with the wrong shape.
    load_demo()
    response = client.get("/api/v2/demojson/view/SpeakerWall")
    found = problems("/api/v2/{endpointId}/view/All", response)
    assert [message.rsplit(" is ", 1)[1] for message in found] == ["not of type 'object'"]


@pytest.mark.parametrize(
    ("capture", "schema"),
    [
        ("droidcon-london-2024/Sessions.json", "SessionsView"),
        ("droidcon-london-2024/Speakers.json", "SpeakersView"),
        ("droidcon-london-2024/GridSmart.json", "GridView"),
        ("scottish-summit-2026/All.json", "AllView"),
        ("global-azure-linz-2024/All.json", "AllView"),
    ],
)
def test_openapi_view_schemas_fit_sessionize_answers(capture, schema):
    # Wire compatible: what the description promises is what Sessionize sends, too.
    body = orjson.loads(
        shared_path(f"fixtures/sessionize/{capture}").read_bytes().lstrip(b"\xef\xbb\xbf")
    )
    assert schema_errors({"$ref": f"#/components/schemas/{schema}"}, body) == []
