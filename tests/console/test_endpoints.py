from django.urls import reverse

from podium.publish.models import Endpoint, Format
from podium.publish.renderers import RENDERERS
from tests.factories import CategoryFactory, QuestionFactory


def endpoint_data(**fields) -> dict:
    data = {
        "name": "Website",
        "format": "json",
        "enabled": "on",
        "include_sessions": "informed",
        "service_sessions": "on",
        "speaker_links": "on",
        "group_by": "",
        "embed_clock": "24h",
        "embed_language": "en",
    }
    return data | fields


def test_endpoint_create_defaults_expose_nothing(console, event):
    response = console.post(reverse("console:endpoint-create", args=["conf"]), endpoint_data())
    endpoint = Endpoint.objects.get(event=event)
    assert response["Location"] == reverse("console:endpoint-code", args=["conf", endpoint.id])
    assert list(endpoint.exposed_categories.all()) == []
    assert list(endpoint.exposed_questions.all()) == []
    assert len(endpoint.id) == 12


def test_endpoint_form_lists_custom_fields_unchecked_with_warning(console, event):
    CategoryFactory(event=event, title="Track")
    QuestionFactory(event=event, target="speaker", question="Company?")
    content = console.get(reverse("console:endpoint-create", args=["conf"])).content.decode()
    assert "Track" in content
    assert "Company?" in content
    assert "checked" not in content.split("Custom fields")[1]
    assert "Exposed fields become public." in content


def test_endpoint_create_with_one_custom_field(console, event):
    track = CategoryFactory(event=event, title="Track")
    CategoryFactory(event=event, title="Internal")
    question = QuestionFactory(event=event, target="speaker")
    data = endpoint_data(session_categories=[str(track.pk)], speaker_questions=[str(question.pk)])
    console.post(reverse("console:endpoint-create", args=["conf"]), data)
    endpoint = Endpoint.objects.get(event=event)
    assert list(endpoint.exposed_categories.all()) == [track]
    assert list(endpoint.exposed_questions.all()) == [question]


def test_endpoint_options_saved(console, event):
    track = CategoryFactory(event=event)
    data = endpoint_data(
        include_sessions="accepted",
        service_sessions="",
        speaker_links="",
        group_by=str(track.pk),
        session_categories=[str(track.pk)],
        utc_times="on",
        show_schedule="on",
    )
    console.post(reverse("console:endpoint-create", args=["conf"]), data)
    endpoint = Endpoint.objects.get(event=event)
    assert (
        endpoint.include_sessions,
        endpoint.service_sessions,
        endpoint.speaker_links,
        endpoint.group_by,
        endpoint.utc_times,
        endpoint.show_schedule,
    ) == ("accepted", False, False, track, True, True)


def test_endpoint_other_event_category_rejected(console, event, other_event):
    foreign = CategoryFactory(event=other_event)
    data = endpoint_data(session_categories=[str(foreign.pk)], group_by=str(foreign.pk))
    response = console.post(reverse("console:endpoint-create", args=["conf"]), data)
    assert set(response.context["form"].errors) == {"session_categories", "group_by"}
    assert not Endpoint.objects.exists()


def test_endpoint_speaker_category_not_a_grouping(console, event):
    speaker_category = CategoryFactory(event=event, type="speaker")
    data = endpoint_data(group_by=str(speaker_category.pk))
    response = console.post(reverse("console:endpoint-create", args=["conf"]), data)
    assert list(response.context["form"].errors) == ["group_by"]


def test_endpoint_edit_keeps_and_changes_custom_fields(console, event):
    track, level = CategoryFactory(event=event), CategoryFactory(event=event)
    endpoint = Endpoint.objects.create(event=event)
    endpoint.exposed_categories.set([track])
    page = console.get(reverse("console:endpoint", args=["conf", endpoint.id]))
    assert page.context["form"]["session_categories"].value() == [track.pk]
    data = endpoint_data(session_categories=[str(level.pk)])
    response = console.post(reverse("console:endpoint", args=["conf", endpoint.id]), data)
    assert response["Location"] == reverse("console:endpoints", args=["conf"])
    assert list(endpoint.exposed_categories.all()) == [level]


def test_endpoint_disable_and_enable(console, event):
    endpoint = Endpoint.objects.create(event=event)
    url = reverse("console:endpoint-enable", args=["conf", endpoint.id])
    console.post(url, {"enabled": "off"})
    endpoint.refresh_from_db()
    assert endpoint.enabled is False
    console.post(url, {"enabled": "on"})
    endpoint.refresh_from_db()
    assert endpoint.enabled is True


def test_endpoint_delete(console, event):
    endpoint = Endpoint.objects.create(event=event)
    url = reverse("console:endpoint-delete", args=["conf", endpoint.id])
    assert console.get(url).status_code == 200
    console.post(url)
    assert not Endpoint.objects.exists()


def test_endpoint_list_shows_options(console, event):
    endpoint = Endpoint.objects.create(event=event, name="App", utc_times=True)
    content = console.get(reverse("console:endpoints", args=["conf"])).content.decode()
    assert endpoint.id in content
    assert "informed sessions · service sessions · speaker links · UTC times" in content


def test_endpoint_group_by_unexposed_category_rejected(console, event):
    track = CategoryFactory(event=event, title="Track")
    response = console.post(
        reverse("console:endpoint-create", args=["conf"]), endpoint_data(group_by=str(track.pk))
    )
    assert response.context["form"].errors["group_by"] == [
        "Grouping by “Track” publishes its items: also tick “Track” under Session categories."
    ]
    assert not Endpoint.objects.exists()


def test_endpoint_form_offers_installed_formats(console, event):
    response = console.get(reverse("console:endpoint-create", args=["conf"]))
    offered = [value for value, _ in response.context["form"].fields["format"].choices]
    assert offered == [value for value in Format.values if value in RENDERERS]
