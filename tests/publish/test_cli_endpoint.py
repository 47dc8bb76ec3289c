"""`podium endpoint create|list|update|delete`."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from podium.publish.models import Endpoint
from tests.factories import CategoryFactory, EventFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def fields(event):
    """A session category, a speaker category and questions; public ids chosen to clash."""
    return {
        "track": CategoryFactory(event=event, public_id=10, title="Track"),
        "expertise": CategoryFactory(event=event, public_id=11, title="Expertise", type="speaker"),
        "level": QuestionFactory(event=event, public_id=10, question="Level?"),
        "company": QuestionFactory(event=event, public_id=20, question="Company?"),
    }


def test_endpoint_create_defaults_prints_id_on_last_line(event):
    output = run("endpoint", "create", "conf")
    endpoint = Endpoint.objects.get()
    assert output.splitlines()[-1] == endpoint.id
    assert output.splitlines()[0] == "Created json endpoint of event 'conf':"
    assert output.splitlines()[1] == (
        f"  All          http://127.0.0.1:8000/api/v2/{endpoint.id}/view/All"
    )
    assert (endpoint.event, endpoint.format, endpoint.include_sessions) == (
        event,
        "json",
        "informed",
    )
    assert (endpoint.service_sessions, endpoint.speaker_links) == (True, True)
    assert (endpoint.utc_times, endpoint.show_schedule, endpoint.enabled) == (False, False, True)
    assert endpoint.group_by is None
    assert list(endpoint.exposed_categories.all()) == []
    assert list(endpoint.exposed_questions.all()) == []


def test_endpoint_create_every_option_sets_it(event, fields):
    output = run(
        "endpoint", "create", "conf", "--id", "fixed0001", "--name", "App", "--format", "json",
        "--sessions", "accepted", "--no-service-sessions", "--no-links",
        "--custom-fields", "category:10,11,question:10", "--group-by", "10", "--utc",
        "--show-schedule", "--base-url", "https://podium.example.org/",
    )  # fmt: skip
    assert output.splitlines()[-1] == "fixed0001"
    assert "  Sessions     https://podium.example.org/api/v2/fixed0001/view/Sessions" in output
    endpoint = Endpoint.objects.get(pk="fixed0001")
    assert (endpoint.name, endpoint.include_sessions) == ("App", "accepted")
    assert (endpoint.service_sessions, endpoint.speaker_links) == (False, False)
    assert (endpoint.utc_times, endpoint.show_schedule) == (True, True)
    assert endpoint.group_by == fields["track"]
    assert set(endpoint.exposed_categories.all()) == {fields["track"], fields["expertise"]}
    assert list(endpoint.exposed_questions.all()) == [fields["level"]]


def test_endpoint_create_custom_fields_all_exposes_every_field(event, fields):
    run("endpoint", "create", "conf", "--custom-fields", "all")
    endpoint = Endpoint.objects.get()
    assert set(endpoint.exposed_categories.all()) == {fields["track"], fields["expertise"]}
    assert set(endpoint.exposed_questions.all()) == {fields["level"], fields["company"]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], "no event with slug 'nope'"),
        (
            ["conf", "--custom-fields", "99"],
            "--custom-fields: 99 is not the id of a category or question of event 'conf'",
        ),
        (
            ["conf", "--custom-fields", "question:11"],
            "--custom-fields: 11 is not the id of a question of event 'conf'",
        ),
        (
            ["conf", "--custom-fields", "10"],
            "--custom-fields: 10 is both category 'Track' and question 'Level?'; "
            "write category:10 or question:10",
        ),
        (
            ["conf", "--custom-fields", "track"],
            "--custom-fields: 'track' is not an id (use all, none, or ids such as "
            "12,category:5,question:7)",
        ),
        (["conf", "--group-by", "99"], "--group-by 99: event 'conf' has no category with this id"),
        (["conf", "--group-by", "x"], "--group-by 'x': give a category id, or none"),
        (
            ["conf", "--group-by", "11", "--custom-fields", "all"],
            "--group-by 11: 'Expertise' is a speaker category; grouping needs a session category",
        ),
        (
            ["conf", "--group-by", "10"],
            "--group-by 10: category 'Track' is not an exposed custom field; add it to "
            "--custom-fields (or use --group-by none)",
        ),
        (["conf", "--id", "Short"], "--id 'Short': use 8 to 12 lowercase letters and digits"),
        (
            ["conf", "--id", "confjson01"],
            "--id 'confjson01': an endpoint with this id already exists",
        ),
        (["conf", "--name", "x" * 201], "--name: use at most 200 characters"),
        (
            ["conf", "--format", "pdf"],
            "Error: argument --format: 'pdf': use one of json, xml, ical, embed",
        ),
        (
            ["conf", "--sessions", "all"],
            "Error: argument --sessions: 'all': use one of informed, accepted",
        ),
    ],
)
def test_endpoint_create_bad_option_raises_clear_error(endpoint, fields, args, message):
    with pytest.raises(CommandError) as error:
        run("endpoint", "create", *args)
    assert str(error.value) == message
    assert Endpoint.objects.count() == 1  # nothing written


def test_endpoint_create_group_by_other_event_category_refused(event):
    other = CategoryFactory(event=EventFactory(slug="other"), public_id=77)
    with pytest.raises(CommandError) as error:
        run("endpoint", "create", "conf", "--group-by", str(other.public_id))
    assert str(error.value) == "--group-by 77: event 'conf' has no category with this id"


def test_endpoint_list_shows_options_and_view_urls(endpoint, fields):
    endpoint.exposed_categories.add(fields["track"])
    endpoint.exposed_questions.add(fields["company"])
    output = run("endpoint", "list", "conf", "--base-url", "https://podium.example.org")
    assert output.splitlines() == [
        "confjson01  json  enabled  event=conf 'Website'",
        "  options: sessions=informed service-sessions=on links=on "
        "custom-fields=category:10,question:20 group-by=none utc=off show-schedule=off "
        "top-speakers-only=off",
        "  All          https://podium.example.org/api/v2/confjson01/view/All",
        "  Sessions     https://podium.example.org/api/v2/confjson01/view/Sessions",
        "  Speakers     https://podium.example.org/api/v2/confjson01/view/Speakers",
        "  GridSmart    https://podium.example.org/api/v2/confjson01/view/GridSmart",
        "  SpeakerWall  https://podium.example.org/api/v2/confjson01/view/SpeakerWall",
        "  frab.json    https://podium.example.org/api/v2/confjson01/frab/schedule.json",
        "  frab.xml     https://podium.example.org/api/v2/confjson01/frab/schedule.xml",
    ]


def test_endpoint_list_filters_by_event(endpoint):
    Endpoint.objects.create(event=EventFactory(slug="other"), id="otherjson1")
    output = run("endpoint", "list", "other")
    assert output.splitlines()[0] == "otherjson1  json  enabled  event=other"
    assert "confjson01" not in output


def test_endpoint_list_no_endpoints_says_so(event):
    assert run("endpoint", "list") == "No endpoints.\n"


def test_endpoint_list_unknown_event_raises(event):
    with pytest.raises(CommandError) as error:
        run("endpoint", "list", "nope")
    assert str(error.value) == "no event with slug 'nope'"


def test_endpoint_list_bad_base_url_raises(event):
    with pytest.raises(CommandError) as error:
        run("endpoint", "list", "--base-url", "example.org")
    assert str(error.value) == (
        "Error: argument --base-url: 'example.org' is not an http:// or https:// URL"
    )


def test_endpoint_update_changes_only_given_options(endpoint, fields):
    run("endpoint", "update", endpoint.id, "--custom-fields", "category:10", "--group-by", "10")
    old_version = Endpoint.objects.get().version
    assert run("endpoint", "update", endpoint.id, "--utc", "--disable") == (
        "Updated endpoint confjson01.\n"
    )
    endpoint = Endpoint.objects.get()
    assert (endpoint.utc_times, endpoint.enabled, endpoint.name) == (True, False, "Website")
    assert endpoint.group_by == fields["track"]
    assert list(endpoint.exposed_categories.all()) == [fields["track"]]
    assert endpoint.version != old_version


def test_endpoint_update_turns_options_back(endpoint):
    run("endpoint", "update", endpoint.id, "--no-links", "--disable")
    run("endpoint", "update", endpoint.id, "--links", "--enable")
    endpoint = Endpoint.objects.get()
    assert (endpoint.speaker_links, endpoint.enabled) == (True, True)


def test_endpoint_update_hiding_grouped_category_raises(endpoint, fields):
    run("endpoint", "update", endpoint.id, "--custom-fields", "category:10", "--group-by", "10")
    with pytest.raises(CommandError) as error:
        run("endpoint", "update", endpoint.id, "--custom-fields", "none")
    assert str(error.value) == (
        "--group-by 10: category 'Track' is not an exposed custom field; add it to "
        "--custom-fields (or use --group-by none)"
    )
    assert list(Endpoint.objects.get().exposed_categories.all()) == [fields["track"]]


def test_endpoint_update_unknown_id_raises(event):
    with pytest.raises(CommandError) as error:
        run("endpoint", "update", "nosuchid0", "--utc")
    assert str(error.value) == "no endpoint with id 'nosuchid0'"


def test_endpoint_delete_removes_it(endpoint):
    assert run("endpoint", "delete", endpoint.id) == "Deleted endpoint confjson01.\n"
    assert Endpoint.objects.count() == 0


def test_endpoint_delete_unknown_id_raises(event):
    with pytest.raises(CommandError) as error:
        run("endpoint", "delete", "nosuchid0")
    assert str(error.value) == "no endpoint with id 'nosuchid0'"


def test_endpoint_without_action_raises(event):
    with pytest.raises(CommandError) as error:
        run("endpoint")
    assert str(error.value) == "Error: the following arguments are required: ACTION"
