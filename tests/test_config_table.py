"""The env_* helpers read a variable, check it, and record it for docs/config.md."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from podium.config_table import SETTINGS, Setting, env_bool, env_choice, env_int, env_list, env_str

NAME = "PODIUM_TEST_ONLY_SETTING"


@pytest.fixture(autouse=True)
def forget_test_setting():
    yield
    SETTINGS.pop(NAME, None)


def error_of(read) -> str:
    with pytest.raises(ImproperlyConfigured) as caught:
        read()
    return str(caught.value)


def test_env_int_unset_gives_default_and_records_setting(monkeypatch):
    monkeypatch.delenv(NAME, raising=False)

    assert env_int(NAME, 7, help="Seven\n    of them.") == 7
    assert SETTINGS[NAME] == Setting(NAME, "whole number", "`7`", "Seven of them.")


def test_env_int_out_of_range_names_variable_and_bounds(monkeypatch):
    monkeypatch.setenv(NAME, "90000")

    message = error_of(lambda: env_int(NAME, 7, help="h", minimum=0, maximum=86400))

    assert message == f"{NAME}='90000': use a whole number from 0 to 86400"


def test_env_int_below_minimum_names_variable(monkeypatch):
    monkeypatch.setenv(NAME, "-1")

    assert error_of(lambda: env_int(NAME, 7, help="h", minimum=0)) == (
        f"{NAME}='-1': use a whole number from 0"
    )


def test_env_int_word_is_an_error(monkeypatch):
    monkeypatch.setenv(NAME, "many")

    assert error_of(lambda: env_int(NAME, 7, help="h")) == f"{NAME}='many' is not a whole number"


def test_env_bool_blank_counts_as_unset(monkeypatch):
    monkeypatch.setenv(NAME, "  ")

    assert env_bool(NAME, True, help="h") is True
    assert SETTINGS[NAME].default == "`true`"


def test_env_choice_matches_any_letter_case(monkeypatch):
    monkeypatch.setenv(NAME, "warning")

    assert env_choice(NAME, "INFO", ("INFO", "WARNING"), help="h") == "WARNING"
    assert SETTINGS[NAME].kind == "one of INFO, WARNING"


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv(NAME, " a, b ,,c")

    assert env_list(NAME, [], help="h") == ["a", "b", "c"]
    assert SETTINGS[NAME].default == "(empty)"


def test_env_str_shown_default_describes_a_default_that_is_no_literal(monkeypatch):
    monkeypatch.delenv(NAME, raising=False)

    assert env_str(NAME, "", shown="generated", help="h") == ""
    assert SETTINGS[NAME].default == "generated"


def test_env_str_read_twice_keeps_the_first_declaration(monkeypatch):
    monkeypatch.setenv(NAME, "value")
    env_str(NAME, "a", help="first")

    assert env_str(NAME, "b", help="second") == "value"
    assert SETTINGS[NAME].help == "first"
