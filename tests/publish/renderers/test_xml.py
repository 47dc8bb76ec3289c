from lxml import etree

from podium.publish.renderers.xml import XmlRenderer, xml_bytes
from podium.publish.xml_schema import xml_schema
from tests.publish.renderers.captures import capture_params, load_capture, speaker_wall
from tests.publish.renderers.xml_reader import from_xml


def render(view, data):
    return xml_bytes(view, data)


def all_view(session_overrides=None, speaker_overrides=None):
    session = {
        "id": "1001",
        "title": "Hello",
        "description": None,
        "startsAt": "2026-03-29T00:30:00",
        "endsAt": "2026-03-29T03:00:00",
        "isServiceSession": False,
        "isPlenumSession": True,
        "speakers": ["2f5a8f2e-0000-4000-8000-000000000001"],
        "categoryItems": [11],
        "questionAnswers": [{"questionId": 5, "answerValue": "yes"}],
        "roomId": 3,
        "liveUrl": None,
        "recordingUrl": None,
        "status": "Accepted",
        "isInformed": True,
        "isConfirmed": False,
    }
    speaker = {
        "id": "2f5a8f2e-0000-4000-8000-000000000001",
        "firstName": "Ada",
        "lastName": "Lovelace",
        "bio": "",
        "tagLine": None,
        "profilePicture": None,
        "isTopSpeaker": False,
        "links": [{"title": "Blog", "url": "https://example.org/?a=1&b=2", "linkType": "Blog"}],
        "sessions": [1001],
        "fullName": "Ada Lovelace",
        "categoryItems": [],
        "questionAnswers": [],
    }
    return {
        "sessions": [session | (session_overrides or {})],
        "speakers": [speaker | (speaker_overrides or {})],
        "questions": [{"id": 5, "question": "Q?", "questionType": "Short_Text", "sort": 1}],
        "categories": [
            {
                "id": 10,
                "title": "Track",
                "items": [{"id": 11, "name": "Web", "sort": 0}],
                "sort": -1,
                "type": "session",
            }
        ],
        "rooms": [{"id": 3, "name": "Main hall", "sort": 0}],
    }


@capture_params
def test_xml_capture_validates_and_reads_back_equal(folder, view):
    data = load_capture(folder, view)

    body = render(view, data)

    assert from_xml(body) == (view, data)


def test_xml_speaker_wall_validates_and_reads_back_equal():
    data = speaker_wall(load_capture("droidcon-london-2024", "Speakers"))

    assert from_xml(render("SpeakerWall", data)) == ("SpeakerWall", data)


def test_xml_null_is_nil_element_and_empty_string_is_empty_element():
    root = etree.fromstring(render("All", all_view()))

    nil = "{http://www.w3.org/2001/XMLSchema-instance}nil"
    assert root.find("sessions/session/description").get(nil) == "true"
    assert root.find("speakers/speaker/bio").get(nil) is None
    assert root.find("speakers/speaker/bio").text is None
    assert root.find("sessions/session/isPlenumSession").text == "true"
    assert root.find("sessions/session/isConfirmed").text == "false"


def test_xml_lists_use_documented_item_names():
    root = etree.fromstring(render("All", all_view()))

    assert [e.tag for e in root] == ["sessions", "speakers", "questions", "categories", "rooms"]
    assert root.find("sessions/session/speakers/speaker").text.startswith("2f5a8f2e")
    assert root.find("sessions/session/categoryItems/categoryItem").text == "11"
    assert root.find("sessions/session/questionAnswers/questionAnswer/answerValue").text == "yes"
    assert root.find("speakers/speaker/links/link/url").text == "https://example.org/?a=1&b=2"
    assert root.find("speakers/speaker/sessions/session").text == "1001"
    assert root.find("categories/category/items/item/name").text == "Web"


def test_xml_markup_emoji_and_crlf_survive():
    title = 'a < b & c > "d" 🎤 Zürich\r\nnext\tline '
    data = all_view({"title": title})

    body = render("All", data)

    assert from_xml(body) == ("All", data)
    assert etree.fromstring(body).find("sessions/session/title").text == title


def test_xml_control_characters_become_char_elements_and_read_back():
    title = "bell\x07 nul\x00 esc\x1b\x1b end\ufffe"
    data = all_view({"title": title})

    body = render("All", data)

    element = etree.fromstring(body).find("sessions/session/title")
    assert element.text == "bell"
    assert [(c.tag, c.text, c.tail) for c in element] == [
        ("char", "0007", " nul"),
        ("char", "0000", " esc"),
        ("char", "001B", None),
        ("char", "001B", " end"),
        ("char", "FFFE", None),
    ]
    assert from_xml(body) == ("All", data)


def test_xml_empty_views_validate():
    empty_all = {"sessions": [], "speakers": [], "questions": [], "categories": [], "rooms": []}

    for view, data in [
        ("All", empty_all),
        ("Sessions", []),
        ("Speakers", []),
        ("GridSmart", []),
        ("SpeakerWall", []),
    ]:
        assert from_xml(render(view, data)) == (view, data)


def test_xml_body_is_utf8_with_declaration():
    body = render("Speakers", [])

    assert body == b"<?xml version='1.0' encoding='UTF-8'?>\n" + (
        b'<Speakers xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
    )


def test_xml_wrong_shape_fails_schema():
    data = all_view()
    del data["sessions"][0]["title"]

    tree = etree.fromstring(render("All", data))

    assert not xml_schema().validate(tree)


def test_xml_renderer_declares_format_and_views():
    renderer = XmlRenderer()

    assert renderer.format == "xml"
    assert renderer.content_type == "application/xml; charset=utf-8"
    assert renderer.views == {"All", "Sessions", "Speakers", "GridSmart", "SpeakerWall"}
