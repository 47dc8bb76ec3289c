"""The console's endpoint form, list and rotation follow the option table."""

from django.urls import reverse
from django.utils.html import escape

from podium.console.forms.endpoints import FORM_OPTIONS
from podium.publish.models import Endpoint
from podium.publish.option_table import Kind
from tests.factories import CategoryFactory

SWITCHES = [option for option in FORM_OPTIONS if option.kind is Kind.SWITCH]


def form_data(endpoint=None, **fields) -> dict:
    """What the browser posts for the table's defaults (a checkbox left out is off)."""
    data = {}
    for option in FORM_OPTIONS:
        if option.kind is Kind.SWITCH:
            if option.default:
                data[option.name] = "on"
        else:
            data[option.name] = option.default or ""
    return data | fields


def test_endpoint_form_has_every_console_option_with_label_and_help(console, event):
    response = console.get(reverse("console:endpoint-create", args=["conf"]))
    form = response.context["form"]
    shown = [(field.name, field.label, field.help_text) for field in form.option_fields()]
    assert shown == [(option.name, option.label, option.help) for option in FORM_OPTIONS]
    content = response.content.decode()
    assert [option.help for option in FORM_OPTIONS if escape(option.help) not in content] == []


def test_endpoint_form_every_switch_turned_around_is_saved(console, event):
    data = form_data()
    for option in SWITCHES:
        if option.default:
            del data[option.name]
        else:
            data[option.name] = "on"
    console.post(reverse("console:endpoint-create", args=["conf"]), data)
    endpoint = Endpoint.objects.get(event=event)
    saved = {option.name: getattr(endpoint, option.name) for option in SWITCHES}
    assert saved == {option.name: not option.default for option in SWITCHES}


def test_endpoint_form_defaults_saved_as_the_tables_defaults(console, event):
    console.post(reverse("console:endpoint-create", args=["conf"]), form_data())
    endpoint = Endpoint.objects.get(event=event)
    saved = {option.name: getattr(endpoint, option.name) for option in FORM_OPTIONS}
    assert saved == {option.name: option.default for option in FORM_OPTIONS}


def test_endpoint_rotate_keeps_every_option(console, event):
    track = CategoryFactory(event=event, title="Track")
    endpoint = Endpoint.objects.create(
        event=event,
        name="App",
        format="xml",
        include_sessions="accepted",
        group_by=track,
        **{option.name: not option.default for option in SWITCHES},
    )
    endpoint.exposed_categories.set([track])
    before = {option.name: getattr(endpoint, option.name) for option in FORM_OPTIONS}
    console.post(reverse("console:endpoint-rotate", args=["conf", endpoint.id]))
    [rotated] = Endpoint.objects.filter(event=event)
    assert rotated.id != endpoint.id
    assert {option.name: getattr(rotated, option.name) for option in FORM_OPTIONS} == before
    assert list(rotated.exposed_categories.all()) == [track]


def test_endpoint_list_phrases_of_every_non_default_option(console, event):
    track = CategoryFactory(event=event, title="Track")
    Endpoint.objects.create(
        event=event,
        include_sessions="accepted",
        service_sessions=False,
        speaker_links=False,
        group_by=track,
        utc_times=True,
        show_schedule=True,
    )
    content = console.get(reverse("console:endpoints", args=["conf"])).content.decode()
    assert (
        "accepted sessions · no service sessions · no speaker links · grouped by Track · "
        "UTC times · schedule always shown"
    ) in content


def test_endpoint_form_top_speakers_only_shown_saved_and_listed(console, event):
    page = console.get(reverse("console:endpoint-create", args=["conf"])).content.decode()
    assert "Speaker wall: top speakers only" in page
    data = form_data(top_speakers_only="on")
    console.post(reverse("console:endpoint-create", args=["conf"]), data)
    assert Endpoint.objects.get(event=event).top_speakers_only is True
    content = console.get(reverse("console:endpoints", args=["conf"])).content.decode()
    assert "speaker links · top speakers only on the wall</p>" in content
