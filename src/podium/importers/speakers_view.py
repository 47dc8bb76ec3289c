"""What a Sessionize ``Speakers`` view adds to an ``All`` view of the same event.

An All view does not say whether a question is for sessions or for speakers: only
its answers show it, so a question nobody answered is a guess. The Speakers view
lists every speaker question on every speaker, answered or not, with each answer's
``answerExtra`` (set for File_upload questions), which the All view lacks.
"""

from dataclasses import dataclass, field

from podium.importers import program as p
from podium.importers.errors import SessionizeError
from podium.importers.json_document import decode_json
from podium.importers.reader import Node, describe, fail


@dataclass
class SpeakersView:
    speakers: dict[str, str] = field(default_factory=dict)  # speaker id -> where
    questions: dict[int, str] = field(default_factory=dict)  # speaker question id -> where
    # (speaker id, question id) -> (answerExtra, where), for the answers that have one.
    extras: dict[tuple[str, int], tuple[str, str]] = field(default_factory=dict)


def parse_speakers_view(raw: bytes) -> SpeakersView:
    try:
        return read_view(decode_json(raw))
    except SessionizeError as error:
        raise SessionizeError(f"--speakers: {error}") from None


def read_view(data: object) -> SpeakersView:
    if not isinstance(data, list):
        hint = " (this looks like an All view)" if isinstance(data, dict) else ""
        raise SessionizeError(
            f"not a Sessionize Speakers view: expected a list, found {describe(data)}{hint}"
        )
    view = SpeakersView()
    for index, element in enumerate(data):
        speaker = Node(element, f"[{index}]")
        speaker_id = speaker.string("id")
        view.speakers.setdefault(speaker_id, speaker.at("id"))
        # Responses from 2018 may lack the list.
        for answer in speaker.objects("questionAnswers", default=[]):
            question_id = answer.integer("id")
            view.questions.setdefault(question_id, answer.at("id"))
            extra = answer.string("answerExtra", null=True, default=None)
            if extra is not None:
                view.extras[speaker_id, question_id] = (extra, answer.at("answerExtra"))
    return view


def apply_speakers_view(program: p.ParsedProgram, view: SpeakersView) -> None:
    """Take each question's target and the answers' extras from ``view``."""
    try:
        settle_targets(program, view)
    except SessionizeError as error:
        raise SessionizeError(f"--speakers: {error}") from None


def settle_targets(program: p.ParsedProgram, view: SpeakersView) -> None:
    answers = {s.id: {a.question_id: a for a in s.answers} for s in program.speakers}
    for speaker_id, where in view.speakers.items():
        if speaker_id not in answers:
            raise fail(where, f"speaker {speaker_id} is not in the All file ({SAME_EVENT})")
    known = {question.id for question in program.questions}
    for question_id, where in view.questions.items():
        if question_id not in known:
            raise fail(where, f"question {question_id} is not in the All file's questions")
    for question in program.questions:
        listed_at = view.questions.get(question.id)
        if listed_at is not None and question.target == "session" and question.answered_at:
            raise fail(
                listed_at,
                f"question {question.id} is a speaker question here, but "
                f"{question.answered_at} in the All file answers it for a session",
            )
        if listed_at is None and question.target == "speaker":
            raise SessionizeError(
                f"the Speakers view does not list question {question.id}, which "
                f"{question.answered_at} in the All file answers for a speaker ({SAME_EVENT})"
            )
        question.target = "speaker" if listed_at is not None else "session"
    for (speaker_id, question_id), (extra, where) in view.extras.items():
        answer = answers[speaker_id].get(question_id)
        if answer is None:
            raise fail(
                where,
                f"set, but the All file has no answer of speaker {speaker_id} to question "
                f"{question_id}",
            )
        answer.extra = extra


SAME_EVENT = "give the Speakers view of the same event and endpoint as the All file"


def guessed_questions(program: p.ParsedProgram) -> list[p.Question]:
    """The questions whose target the All view leaves open: nobody answered them."""
    return [question for question in program.questions if not question.answered_at]
