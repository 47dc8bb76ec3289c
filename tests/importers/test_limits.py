"""Import limits and refused values: each error names the place, and nothing changes."""

import pytest

from podium.importers.sessionize import SessionizeError
from podium.importers.writer import import_sessionize
from tests.importers.payloads import current, encode, snapshot

pytestmark = pytest.mark.django_db

LONG = "x" * 20_001
NOT_WEB = "is not an http:// or https:// URL"


def refused(raw: bytes, settings=None, **limits) -> str:
    """The error of importing ``raw`` over an existing event, which stays unchanged.

    ``limits`` are settings that apply to that import only.
    """
    import_sessionize(encode(current()), slug="conf")
    for name, value in limits.items():
        setattr(settings, name, value)
    before = snapshot()
    with pytest.raises(SessionizeError) as caught:
        import_sessionize(raw, slug="conf")
    assert snapshot() == before
    return str(caught.value)


def changed(change) -> bytes:
    data = current()
    change(data)
    return encode(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["sessions"][1].update(description=LONG),
            "sessions[1].description: 20,001 characters, more than the 20,000 podium imports "
            "(PODIUM_IMPORT_MAX_TEXT)",
        ),
        (
            lambda d: d["speakers"][0].update(bio=LONG),
            "speakers[0].bio: 20,001 characters, more than the 20,000 podium imports "
            "(PODIUM_IMPORT_MAX_TEXT)",
        ),
        (
            lambda d: d["sessions"][0]["questionAnswers"][0].update(answerValue=LONG),
            "sessions[0].questionAnswers[0].answerValue: 20,001 characters, more than the "
            "20,000 podium imports (PODIUM_IMPORT_MAX_TEXT)",
        ),
        (
            lambda d: d["speakers"][1]["links"].append(
                {"title": "x", "url": "javascript:alert(1)", "linkType": "Other"}
            ),
            f"speakers[1].links[0].url: the string 'javascript:alert(1)' {NOT_WEB}",
        ),
        (
            lambda d: d["speakers"][0].update(profilePicture=" javascript:alert(1)"),
            f"speakers[0].profilePicture: the string ' javascript:alert(1)' {NOT_WEB}",
        ),
        (
            lambda d: d["sessions"][1].update(liveUrl="data:text/html,<script>"),
            f"sessions[1].liveUrl: the string 'data:text/html,<script>' {NOT_WEB}",
        ),
        (
            lambda d: d["sessions"][0].update(recordingUrl="https://"),
            f"sessions[0].recordingUrl: the string 'https://' {NOT_WEB}",
        ),
    ],
)
def test_import_sessionize_over_a_limit_or_not_a_web_address_is_refused(change, message):
    assert refused(changed(change)) == message


def test_import_sessionize_web_addresses_of_any_case_import():
    data = current()
    data["speakers"][0]["links"][0]["url"] = "HTTPS://github.example/zoe"
    data["sessions"][0]["liveUrl"] = "Http://live.example/1"
    data["speakers"][1]["profilePicture"] = ""
    import_sessionize(encode(data), slug="conf")


def test_import_sessionize_100_mb_description_is_refused_with_its_place(settings):
    settings.PODIUM_IMPORT_MAX_MB = 200
    raw = encode(current()).replace(
        b'"description":null', b'"description":"%s"' % (b"x" * 100 * 2**20)
    )
    assert refused(raw) == (
        "sessions[1].description: 104,857,600 characters, more than the 20,000 podium "
        "imports (PODIUM_IMPORT_MAX_TEXT)"
    )


def test_import_sessionize_more_objects_than_the_limit_is_refused(settings):
    assert refused(encode(current()), settings, PODIUM_IMPORT_MAX_OBJECTS=2) == (
        "sessions: 3 entries, more than the 2 podium imports (PODIUM_IMPORT_MAX_OBJECTS)"
    )


def test_import_sessionize_longer_inner_list_than_the_limit_is_refused(settings):
    data = current()
    data["sessions"][0]["categoryItems"] = [21, 22, 21, 22]
    assert refused(encode(data), settings, PODIUM_IMPORT_MAX_OBJECTS=3) == (
        "sessions[0].categoryItems: 4 entries, more than the 3 podium imports "
        "(PODIUM_IMPORT_MAX_OBJECTS)"
    )


def test_import_sessionize_repeated_key_is_refused_with_its_place():
    raw = encode(current()).replace(b'"title":"Deep dive"', b'"title":"Deep dive","title":"X"')
    assert refused(raw) == 'sessions[1]: key "title" appears twice'
