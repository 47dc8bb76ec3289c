import pytest

from podium.publish.negotiate import accepts_gzip, matching_tag


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("gzip", True),
        ("gzip, deflate, br", True),
        ("GZIP;q=0.5", True),
        ("x-gzip", True),
        ("*", True),
        ("br, *;q=0.1", True),
        ("gzip;q=0", False),
        ("gzip;q=0.0, *", False),
        ("*;q=0", False),
        ("identity", False),
        ("deflate, br", False),
        ("gzip;q=oops", False),
        ("", False),
    ],
)
def test_accepts_gzip_header_decides(header, expected):
    assert accepts_gzip(header) is expected


TAGS = ('"abc-gz"', '"abc"')


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('"abc"', '"abc"'),
        ('"abc-gz"', '"abc-gz"'),
        ('W/"abc"', '"abc"'),
        ('w/"abc"', '"abc"'),
        ('"x", "abc"', '"abc"'),
        ('"x",W/"abc-gz"', '"abc-gz"'),
        ("*", '"abc-gz"'),
        ('"x"', None),
        ('"ab"', None),
        ("abc", None),
        ("", None),
    ],
)
def test_matching_tag_if_none_match_forms(header, expected):
    assert matching_tag(header, TAGS) == expected
