"""Load an event's published program in a fixed number of SQL queries.

Eleven queries whatever the event's size: one per table, each a flat
``values_list`` (no model instances, ``statements.py``), stitched together in
Python. A reader that shows less of the program names the ``Parts`` it reads, and the
queries of the others are not made.
"""

from collections import defaultdict
from dataclasses import dataclass

from podium.program.queries import statements as sql
from podium.program.queries.ordering import session_key, speaker_key, speaker_session_key
from podium.program.queries.records import (
    Category,
    Item,
    Link,
    Program,
    Question,
    Room,
    Session,
    Speaker,
)


@dataclass(frozen=True, slots=True)
class Parts:
    """The parts of a program a reader shows. Those left out stay empty in the program
    ``load_program`` returns, and their queries are not made; the speakers and their own
    fields are always there, the same and in the same order."""

    # The sessions, who speaks in each, the rooms and the custom fields (categories with
    # their items, questions). Without them, the speakers alone: one query.
    sessions: bool = True
    # The sessions' category items and answers.
    session_fields: bool = True
    # The speakers' links, category items and answers.
    speaker_details: bool = True


WHOLE = Parts()
SPEAKERS_ALONE = Parts(sessions=False, session_fields=False, speaker_details=False)


def load_program(
    event, *, include_uninformed: bool, service_sessions: bool, parts: Parts = WHOLE
) -> Program:
    """Every session, speaker and custom field the options publish, in wire order (of
    what ``parts`` names: 1 to 11 queries)."""
    options = (include_uninformed, service_sessions)
    if not parts.sessions:
        speakers = by_name([Speaker(*row) for row in sql.SPEAKERS.rows(event.pk, *options)])
        return Program(event, rooms=[], categories=[], questions=[], sessions=[], speakers=speakers)
    rooms = load_rooms(event.pk)
    categories, items = load_categories(event.pk)
    questions = load_questions(event.pk)
    sessions = load_sessions(event.pk, rooms, options)
    speakers = load_speakers(event.pk, sessions, options, links=parts.speaker_details)
    if parts.session_fields:
        item_rows = sql.SESSION_ITEMS.rows(event.pk, *options)
        answer_rows = sql.SESSION_ANSWERS.rows(event.pk, *options)
        attach_fields(sessions, item_rows, answer_rows, items, questions)
    if parts.speaker_details:
        item_rows = sql.SPEAKER_ITEMS.rows(event.pk, *options)
        answer_rows = sql.SPEAKER_ANSWERS.rows(event.pk, *options)
        attach_fields(speakers, item_rows, answer_rows, items, questions)
    return Program(
        event=event,
        rooms=list(rooms.values()),
        categories=categories,
        questions=list(questions.values()),
        sessions=sessions,
        speakers=speakers,
    )


def by_name(speakers: list[Speaker]) -> list[Speaker]:
    speakers.sort(key=lambda s: speaker_key(s.first_name, s.last_name, s.pk))
    return speakers


def load_rooms(event: int) -> dict[int, Room]:
    return {row[0]: Room(*row) for row in sql.ROOMS.rows(event)}


def load_categories(event: int) -> tuple[list[Category], dict[int, Item]]:
    rows = sql.CATEGORIES.rows(event)
    categories: dict[int, Category] = {}
    items: dict[int, Item] = {}
    for pk, public_id, title, type_, sort, item_pk, item_id, item_name, item_sort in rows:
        category = categories.get(pk)
        if category is None:
            category = categories[pk] = Category(pk, public_id, title, type_, sort)
        if item_pk is not None:
            item = items[item_pk] = Item(item_pk, item_id, item_name, item_sort, category)
            category.items.append(item)
    return list(categories.values()), items


def load_questions(event: int) -> dict[int, Question]:
    return {row[0]: Question(*row) for row in sql.QUESTIONS.rows(event)}


def load_sessions(event: int, rooms: dict[int, Room], options: tuple) -> list[Session]:
    sessions = []
    for row in sql.SESSIONS.rows(event, *options):
        room = rooms.get(row[6])
        sessions.append(Session(*row[:6], room, *row[7:]))
    sessions.sort(key=lambda s: session_key(s.starts_at, s.room.sort if s.room else None, s.pk))
    return sessions


def load_speakers(
    event: int, sessions: list[Session], options: tuple, *, links: bool
) -> list[Speaker]:
    """The speakers of the included sessions, each with its sessions (and links)."""
    speakers = {row[0]: Speaker(*row) for row in sql.SPEAKERS.rows(event, *options)}
    by_pk = {session.pk: session for session in sessions}
    rank = {session.pk: index for index, session in enumerate(sessions)}
    own_sessions: dict[int, list[Session]] = defaultdict(list)
    for session_pk, speaker_pk, speaker_position in sql.SESSION_SPEAKERS.rows(event, *options):
        session, speaker = by_pk.get(session_pk), speakers.get(speaker_pk)
        if session is None or speaker is None:
            continue
        session.speakers.append(speaker)
        if speaker_position is not None:
            speaker.positions[session_pk] = speaker_position
        own_sessions[speaker_pk].append(session)
    for speaker_pk, own in own_sessions.items():
        speaker = speakers[speaker_pk]
        if len(own) > 1:  # most speakers have one session: nothing to sort
            own.sort(key=lambda session: speaker_session_key(speaker, session, rank[session.pk]))
        speaker.sessions = own
    link_rows = sql.SPEAKER_LINKS.rows(event, *options) if links else ()
    for speaker_pk, title, url, link_type in link_rows:
        speakers[speaker_pk].links.append(Link(title, url, link_type))
    return by_name(list(speakers.values()))


def attach_fields(owners: list, item_rows, answer_rows, items, questions) -> None:
    """The owners' (sessions' or speakers') category items and answers, in stored order."""
    by_pk = {owner.pk: owner for owner in owners}
    for owner, item in item_rows:
        by_pk[owner].items.append(items[item])
    for owner, question, value, extra in answer_rows:
        attach_answer(by_pk[owner], questions[question], value, extra)


def attach_answer(owner, question, value: str, extra: str | None) -> None:
    owner.answers.append((question, value))
    if extra is not None:
        owner.answer_extras[question.pk] = extra
