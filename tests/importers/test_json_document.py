import pytest

from podium.importers.json_document import decode_json
from podium.importers.sessionize import SessionizeError


def error_of(raw: bytes) -> str:
    with pytest.raises(SessionizeError) as caught:
        decode_json(raw)
    return str(caught.value)


def test_decode_json_returns_the_value():
    assert decode_json(b'\xef\xbb\xbf{"a": [1, 2.5, "\\ud83d\\ude00", null, true]}') == {
        "a": [1, 2.5, "\U0001f600", None, True]
    }


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"a": 1, "a": 2}', 'the top-level object: key "a" appears twice'),
        (
            b'{"sessions": [{}, {}, {"title": "A", "id": 1, "title": "B"}]}',
            'sessions[2]: key "title" appears twice',
        ),
        (
            b'{"speakers": [{"links": [{"url": 1, "url": 2, "url": 3}]}]}',
            'speakers[0].links[0]: key "url" appears 3 times',
        ),
        (b'[{"x": {"\\"q": 1, "\\"q": 2}}]', '[0].x: key "\\"q" appears twice'),
        (b'{"a b": {"\\n": {"q": 1, "q": 2}}}', '["a b"]["\\n"]: key "q" appears twice'),
        # The first in the document, though an inner object is parsed first.
        (b'{"a": {"b": 1, "b": 1}, "a": 2}', 'the top-level object: key "a" appears twice'),
    ],
)
def test_decode_json_repeated_key_is_an_error_naming_its_place(raw, message):
    assert error_of(raw) == message


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"sort": NaN}', "not valid JSON: NaN is not a JSON number"),
        (b"[-Infinity]", "not valid JSON: -Infinity is not a JSON number"),
        (b"[" * 100_000, "not valid JSON: lists and objects nested too deeply"),
        (
            b"[" + b"1" * 5000 + b"]",
            "not valid JSON: Exceeds the limit (4300 digits) for integer string conversion",
        ),
        (b'["\\ud800"]', "not valid JSON: no low surrogate in string: line 1 column 3 (char 2)"),
        (
            b"{'a': 1}",
            "not valid JSON: Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1)",
        ),
        (b" \r\n", "the input is empty"),
    ],
)
def test_decode_json_not_strict_json_is_an_error(raw, message):
    assert error_of(raw) == message
