"""`--speakers`: a Speakers view settles each question's target and adds answerExtra."""

import io

import orjson
import pytest
from django.core.management import CommandError, call_command

from podium.importers.errors import SessionizeError
from podium.importers.speakers_view import parse_speakers_view
from podium.importers.writer import import_sessionize
from podium.program import models as m
from podium.publish.models import Endpoint
from podium.publish.render import render_endpoint_view
from tests.conftest import shared_path
from tests.importers.payloads import OLE, ZOE, current, encode

pytestmark = pytest.mark.django_db

LINZ = "fixtures/sessionize/global-azure-linz-2024/All.json"
DROIDCON_SPEAKERS = "fixtures/sessionize/droidcon-london-2024/Speakers.json"
PHOTO = {"id": 98, "question": "Photo for the badge", "questionType": "File_upload", "sort": 3}
DIET = {"id": 99, "question": "Dietary needs", "questionType": "Short_Text", "sort": 4}


def listed(question: dict, answer: str | None = None, extra: str | None = None) -> dict:
    """A question as a Speakers view lists it on a speaker."""
    return {**question, "answer": answer, "answerExtra": extra}


def speakers_view(all_view: dict, answers: dict[str, list[dict]]) -> bytes:
    """The Speakers view of ``all_view``'s speakers, with these questionAnswers."""
    return encode(
        [
            {
                "id": speaker["id"],
                "fullName": speaker["fullName"],
                "questionAnswers": answers[speaker["id"]],
            }
            for speaker in all_view["speakers"]
        ]
    )


def linz_with_speaker_questions() -> tuple[dict, bytes]:
    """Linz 2024 plus a File_upload speaker question one speaker answered, and one nobody did."""
    data = orjson.loads(shared_path(LINZ).read_bytes())
    data["questions"] += [PHOTO, DIET]
    first = data["speakers"][0]
    first["questionAnswers"] = [{"questionId": 98, "answerValue": "https://files.example/p.png"}]
    answers = {speaker["id"]: [listed(PHOTO), listed(DIET)] for speaker in data["speakers"]}
    answers[first["id"]] = [
        listed(PHOTO, "https://files.example/p.png", "badge photo.png"),
        listed(DIET),
    ]
    return data, speakers_view(data, answers)


def targets(slug: str) -> dict[int, str]:
    questions = m.Question.objects.filter(event__slug=slug)
    return dict(questions.values_list("public_id", "target"))


def test_import_with_speakers_view_linz_takes_targets_from_it():
    data, view = linz_with_speaker_questions()

    result = import_sessionize(encode(data), slug="linz", speakers=view)

    assert targets("linz") == {71787: "session", 71788: "session", 98: "speaker", 99: "speaker"}
    assert result.guessed_questions == []


def test_import_with_speakers_view_linz_publishes_answer_extra():
    data, view = linz_with_speaker_questions()
    event = import_sessionize(encode(data), slug="linz", speakers=view).event
    endpoint = Endpoint.objects.create(id="linzjson", event=event)
    endpoint.exposed_questions.set(event.questions.all())

    speakers = orjson.loads(render_endpoint_view(endpoint, "Speakers").body)

    first = next(s for s in speakers if s["id"] == data["speakers"][0]["id"])
    assert first["questionAnswers"] == [
        {
            "id": 98,
            "question": "Photo for the badge",
            "questionType": "File_upload",
            "answer": "https://files.example/p.png",
            "sort": 3,
            "answerExtra": "badge photo.png",
        },
        {
            "id": 99,
            "question": "Dietary needs",
            "questionType": "Short_Text",
            "answer": None,
            "sort": 4,
            "answerExtra": None,
        },
    ]


def test_import_without_speakers_view_linz_guesses_unanswered_questions_are_for_sessions():
    data, _ = linz_with_speaker_questions()

    result = import_sessionize(encode(data), slug="linz")

    assert targets("linz") == {71787: "session", 71788: "session", 98: "speaker", 99: "session"}
    assert [question.id for question in result.guessed_questions] == [99]
    assert m.SpeakerAnswer.objects.get(question__public_id=98).extra is None


def test_import_without_speakers_view_command_prints_the_guess_and_its_reason(tmp_path):
    data, _ = linz_with_speaker_questions()
    path = tmp_path / "All.json"
    path.write_bytes(encode(data))
    errors = io.StringIO()

    call_command(
        "import", "sessionize", str(path), "--event", "linz", stdout=io.StringIO(), stderr=errors
    )

    assert errors.getvalue().splitlines()[-2:] == [
        "Note: question 99 ('Dietary needs') is taken as a session question because nobody "
        "answered it, and an All view shows whether a question is for sessions or speakers "
        "only through its answers.",
        "To take each question's target from Sessionize, import again with --speakers and "
        "the event's Speakers view (.../view/Speakers).",
    ]


def test_import_with_speakers_view_command_reads_the_file(tmp_path):
    data, view = linz_with_speaker_questions()
    (tmp_path / "All.json").write_bytes(encode(data))
    (tmp_path / "Speakers.json").write_bytes(view)
    errors = io.StringIO()

    call_command(
        "import", "sessionize", str(tmp_path / "All.json"), "--event", "linz",
        "--speakers", str(tmp_path / "Speakers.json"), stdout=io.StringIO(), stderr=errors,
    )  # fmt: skip

    assert targets("linz")[99] == "speaker"
    assert "Note: question" not in errors.getvalue()


def test_import_with_speakers_view_of_another_event_is_an_error_and_writes_nothing():
    raw = shared_path(LINZ).read_bytes()
    other = shared_path(DROIDCON_SPEAKERS).read_bytes()

    with pytest.raises(SessionizeError) as caught:
        import_sessionize(raw, slug="linz", speakers=other)

    assert str(caught.value) == (
        "--speakers: [0].id: speaker 3b1289fc-f706-4f8f-9061-c77e3e250223 is not in the All "
        "file (give the Speakers view of the same event and endpoint as the All file)"
    )
    assert m.Event.objects.count() == 0


def test_parse_speakers_view_droidcon_capture_lists_its_speakers():
    view = parse_speakers_view(shared_path(DROIDCON_SPEAKERS).read_bytes())

    assert (len(view.speakers), view.questions, view.extras) == (117, {}, {})


def test_import_command_missing_speakers_file_names_the_option(tmp_path):
    (tmp_path / "All.json").write_bytes(encode(current()))

    with pytest.raises(CommandError) as caught:
        call_command(
            "import", "sessionize", str(tmp_path / "All.json"), "--event", "conf",
            "--speakers", str(tmp_path / "nope.json"), stdout=io.StringIO(),
        )  # fmt: skip

    assert str(caught.value) == f"--speakers: {tmp_path / 'nope.json'}: no such file"


def failure(data: dict, view: bytes) -> str:
    with pytest.raises(SessionizeError) as caught:
        import_sessionize(encode(data), slug="conf", speakers=view)
    assert m.Event.objects.count() == 0
    return str(caught.value)


def test_speakers_view_listing_a_session_question_is_an_error():
    data = current()
    slides = {"id": 40, "question": "Slides", "questionType": "Web_address", "sort": 2}
    view = speakers_view(data, {ZOE: [listed(slides)], OLE: []})

    assert failure(data, view) == (
        "--speakers: [0].questionAnswers[0].id: question 40 is a speaker question here, but "
        "sessions[0].questionAnswers[0].questionId in the All file answers it for a session"
    )


def test_speakers_view_without_an_answered_speaker_question_is_an_error():
    data = current()

    assert failure(data, speakers_view(data, {ZOE: [], OLE: []})) == (
        "--speakers: the Speakers view does not list question 41, which "
        "speakers[0].questionAnswers[0].questionId in the All file answers for a speaker "
        "(give the Speakers view of the same event and endpoint as the All file)"
    )


def test_speakers_view_extra_without_an_answer_is_an_error():
    data = current()
    pronouns = {"id": 41, "question": "Pronouns", "questionType": "Short_Text", "sort": 1}
    view = speakers_view(data, {ZOE: [listed(pronouns)], OLE: [listed(pronouns, None, "x")]})

    assert failure(data, view) == (
        f"--speakers: [1].questionAnswers[0].answerExtra: set, but the All file has no answer "
        f"of speaker {OLE} to question 41"
    )


def test_speakers_view_unknown_question_is_an_error():
    data = current()
    view = speakers_view(data, {ZOE: [listed(PHOTO)], OLE: []})

    assert failure(data, view) == (
        "--speakers: [0].questionAnswers[0].id: question 98 is not in the All file's questions"
    )


def test_speakers_view_given_an_all_view_says_so():
    data = current()

    assert failure(data, encode(data)) == (
        "--speakers: not a Sessionize Speakers view: expected a list, found an object "
        "(this looks like an All view)"
    )


def test_speakers_view_bad_answer_extra_type_names_its_place():
    data = current()
    pronouns = {"id": 41, "question": "Pronouns", "questionType": "Short_Text", "sort": 1}
    view = speakers_view(data, {ZOE: [listed(pronouns, "she/her", 7)], OLE: []})

    assert failure(data, view) == (
        "--speakers: [0].questionAnswers[0].answerExtra: expected a string or null, found 7"
    )
