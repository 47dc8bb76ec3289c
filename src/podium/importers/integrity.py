"""Checks across a parsed program: unique ids, references that resolve, consistent lists.

Also settles what the wire leaves implicit: a question's target (where its answers
occur) and the type of a category from an older response (where its items are used).
"""

from collections.abc import Iterable

from podium.importers import program as p
from podium.importers.errors import SessionizeError

LARGEST_ID = 2**63 - 1


def check_integrity(program: p.ParsedProgram) -> None:
    rooms = unique("rooms", ((room.id, f"rooms[{i}]") for i, room in enumerate(program.rooms)))
    unique("categories", ((c.id, f"categories[{i}]") for i, c in enumerate(program.categories)))
    items = unique(
        "category items",
        (
            (item.id, f"categories[{i}].items[{j}]")
            for i, category in enumerate(program.categories)
            for j, item in enumerate(category.items)
        ),
    )
    questions = unique(
        "questions", ((q.id, f"questions[{i}]") for i, q in enumerate(program.questions))
    )
    sessions = unique(
        "sessions", ((s.id, f"sessions[{i}]") for i, s in enumerate(program.sessions))
    )
    speakers = unique(
        "speakers", ((s.id, f"speakers[{i}]") for i, s in enumerate(program.speakers))
    )
    category_of = {item.id: c for c in program.categories for item in c.items}
    users: dict[int, dict[str, str]] = {}  # category id -> {"session": first use's place...}
    answered: dict[int, tuple[str, str]] = {}  # question id -> (target, first answer's place)

    for i, session in enumerate(program.sessions):
        where = f"sessions[{i}]"
        if session.room_id is not None and session.room_id not in rooms:
            raise SessionizeError(
                f'{where}.roomId: {session.room_id} is not the id of a room in "rooms"'
            )
        references(f"{where}.speakers", session.speaker_ids, speakers, "a speaker", "speakers")
        references(
            f"{where}.categoryItems", session.item_ids, items, "a category item", "categories"
        )
        for j, item_id in enumerate(session.item_ids):
            uses = users.setdefault(category_of[item_id].id, {})
            uses.setdefault("session", f"{where}.categoryItems[{j}]")
        note_answers(where, session.answers, questions, "session", answered)

    pairs = {(s.id, speaker) for s in program.sessions for speaker in s.speaker_ids}
    for i, speaker in enumerate(program.speakers):
        where = f"speakers[{i}]"
        references(f"{where}.sessions", speaker.session_ids, sessions, "a session", "sessions")
        for j, session_id in enumerate(speaker.session_ids):
            if (session_id, speaker.id) not in pairs:
                raise SessionizeError(
                    f"{where}.sessions[{j}]: session {session_id} does not list speaker "
                    f"{speaker.id} among its speakers"
                )
        references(
            f"{where}.categoryItems", speaker.item_ids, items, "a category item", "categories"
        )
        for j, item_id in enumerate(speaker.item_ids):
            uses = users.setdefault(category_of[item_id].id, {})
            uses.setdefault("speaker", f"{where}.categoryItems[{j}]")
        note_answers(where, speaker.answers, questions, "speaker", answered)

    listed = {(session_id, s.id) for s in program.speakers for session_id in s.session_ids}
    for i, session in enumerate(program.sessions):
        for j, speaker_id in enumerate(session.speaker_ids):
            if (session.id, speaker_id) not in listed:
                raise SessionizeError(
                    f"sessions[{i}].speakers[{j}]: speaker {speaker_id} does not list session "
                    f"{session.id} among their sessions"
                )

    settle_category_types(program, users)
    for question in program.questions:
        question.target = answered.get(question.id, ("session", ""))[0]


def unique(kind: str, ids: Iterable[tuple[object, str]]) -> dict[object, str]:
    """The ids with their first location; an error on a repeated or out-of-range id."""
    seen: dict[object, str] = {}
    for value, where in ids:
        if isinstance(value, int) and not 0 <= value <= LARGEST_ID:
            raise SessionizeError(f"{where}.id: {value} is not an id from 0 to {LARGEST_ID}")
        if value in seen:
            raise SessionizeError(f"{where}.id: {value} repeats the id of {seen[value]}")
        seen[value] = where
    return seen


def references(where: str, values: list, known: dict, what: str, listed_in: str) -> None:
    seen: set = set()
    for j, value in enumerate(values):
        if value not in known:
            raise SessionizeError(f'{where}[{j}]: {value} is not the id of {what} in "{listed_in}"')
        if value in seen:
            raise SessionizeError(f"{where}[{j}]: {value} is listed twice")
        seen.add(value)


def note_answers(where, answers: list[p.Answer], questions, target: str, answered) -> None:
    seen: set[int] = set()
    for j, answer in enumerate(answers):
        place = f"{where}.questionAnswers[{j}].questionId"
        if answer.question_id not in questions:
            raise SessionizeError(
                f'{place}: {answer.question_id} is not the id of a question in "questions"'
            )
        if answer.question_id in seen:
            raise SessionizeError(f"{place}: question {answer.question_id} is answered twice")
        seen.add(answer.question_id)
        earlier = answered.setdefault(answer.question_id, (target, place))
        if earlier[0] != target:
            raise SessionizeError(
                f"{place}: question {answer.question_id} is answered for a {target} here "
                f"and for a {earlier[0]} at {earlier[1]}; a question is for one or the other"
            )


def settle_category_types(program: p.ParsedProgram, users: dict[int, dict[str, str]]) -> None:
    for i, category in enumerate(program.categories):
        uses = users.get(category.id, {})
        if category.type is None:  # older response: infer, preferring "session"
            category.type = "speaker" if set(uses) == {"speaker"} else "session"
        for kind, place in uses.items():
            if kind != category.type:
                raise SessionizeError(
                    f"{place}: an item of categories[{i}], a {category.type} category, "
                    f"used for a {kind}"
                )
