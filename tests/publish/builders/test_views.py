import pytest

from podium.publish.builders import BUILDERS, VIEWS, build_view

pytestmark = pytest.mark.django_db


def test_views_names_and_alias_map_to_builders():
    assert VIEWS == {
        "all": "All",
        "sessions": "Sessions",
        "speakers": "Speakers",
        "gridsmart": "GridSmart",
        "gridtable": "GridSmart",
        "speakerwall": "SpeakerWall",
    }
    assert set(VIEWS.values()) == set(BUILDERS)


def test_build_view_unknown_view_raises_value_error(conference):
    with pytest.raises(ValueError, match="'Agenda' is not a view"):
        build_view(conference.endpoint, "Agenda")
