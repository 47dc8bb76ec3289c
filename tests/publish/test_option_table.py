"""The option table drives the model, the CLI arguments, the listing and EndpointOptions."""

from io import StringIO

import pytest
from django.core.management import call_command, load_command_class

from podium.publish.models import Endpoint
from podium.publish.option_table import OPTIONS, Kind, model_defaults
from podium.publish.options import EndpointOptions

SWITCHES = [option for option in OPTIONS if option.kind is Kind.SWITCH]


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def off_flag(option) -> str:
    return option.off_flag or f"--no-{option.flag_name}"


def test_option_table_new_endpoint_has_the_tables_defaults():
    endpoint = Endpoint()
    assert {name: getattr(endpoint, name) for name in model_defaults()} == model_defaults()


def test_option_table_model_fields_have_the_tables_help():
    helps = {
        option.name: Endpoint._meta.get_field(option.name).help_text
        for option in OPTIONS
        if option.kind is not Kind.CUSTOM_FIELDS
    }
    assert helps == {o.name: o.help for o in OPTIONS if o.kind is not Kind.CUSTOM_FIELDS}


@pytest.mark.django_db
def test_option_table_model_has_every_migration():
    # Exits with status 1 when the option fields and the migrations disagree.
    call_command("makemigrations", "publish", "--check", "--dry-run", stdout=StringIO())


@pytest.mark.parametrize("action", ["create", "update"])
def test_endpoint_help_lists_every_flag_of_the_table(action):
    parser = load_command_class("podium.publish", "endpoint").create_parser("podium", "endpoint")
    subparsers = next(a for a in parser._actions if a.dest == "action")
    text = subparsers.choices[action].format_help()
    missing = [
        flag
        for option in OPTIONS
        for flag in (option.flag, *([off_flag(option)] if option.kind is Kind.SWITCH else []))
        if flag not in text
    ]
    assert missing == []


@pytest.mark.django_db
@pytest.mark.parametrize("option", SWITCHES, ids=lambda option: option.name)
def test_endpoint_create_and_update_switch_flags_set_the_field(event, option):
    run("endpoint", "create", "conf", "--id", "switch001", off_flag(option))
    assert getattr(Endpoint.objects.get(), option.name) is False
    run("endpoint", "update", "switch001", option.flag)
    assert getattr(Endpoint.objects.get(), option.name) is True


@pytest.mark.django_db
def test_endpoint_list_options_line_has_every_listed_option_in_table_order(endpoint):
    line = run("endpoint", "list").splitlines()[1]
    keys = [pair.split("=")[0] for pair in line.removeprefix("  options: ").split(" ")]
    # A JSON endpoint: the options of other formats alone (the embeds') are left out.
    assert keys == [o.flag_name for o in OPTIONS if o.listed and not o.formats]


@pytest.mark.django_db
def test_endpoint_list_options_line_of_embed_endpoint_has_every_listed_option(endpoint):
    endpoint.format = "embed"
    endpoint.save()
    line = run("endpoint", "list").splitlines()[1]
    keys = [pair.split("=")[0] for pair in line.removeprefix("  options: ").split(" ")]
    assert keys == [option.flag_name for option in OPTIONS if option.listed]


@pytest.mark.django_db
def test_endpoint_options_read_every_read_option_under_its_name(endpoint):
    read = [option for option in OPTIONS if option.read]
    for option in read:
        setattr(endpoint, option.name, not option.default)
    endpoint.save()
    options = EndpointOptions.from_endpoint(Endpoint.objects.get())
    assert {o.name: getattr(options, o.name) for o in read} == {o.name: not o.default for o in read}
