"""Load an event's published program in a fixed number of SQL queries.

Eleven queries whatever the event's size: one per table, each a flat
``values_list`` (no model instances), stitched together in Python.
"""

from collections import defaultdict

from django.db.models import Q

from podium.program import models as m
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


def included(prefix: str, *, include_uninformed: bool, service_sessions: bool) -> Q:
    """The sessions an endpoint publishes, as a filter on ``prefix`` + session fields."""
    regular = Q(**{f"{prefix}is_service_session": False})
    if not include_uninformed:
        regular &= Q(**{f"{prefix}is_informed": True})
    wanted = regular | Q(**{f"{prefix}is_service_session": True}) if service_sessions else regular
    return Q(**{f"{prefix}status": m.SessionStatus.ACCEPTED}) & wanted


def load_program(event, *, include_uninformed: bool, service_sessions: bool) -> Program:
    """Every session, speaker and custom field the options publish, in wire order."""
    options = {"include_uninformed": include_uninformed, "service_sessions": service_sessions}
    rooms = load_rooms(event)
    categories, items = load_categories(event)
    questions = load_questions(event)
    sessions = load_sessions(event, rooms, included("", **options))
    # Rows that hang off an included session (its speakers, items, answers).
    of_included = Q(session__event=event) & included("session__", **options)
    speakers = load_speakers(event, sessions, of_included)
    attach_items_and_answers(sessions, speakers, items, questions, of_included)
    return Program(
        event=event,
        rooms=list(rooms.values()),
        categories=categories,
        questions=list(questions.values()),
        sessions=sessions,
        speakers=speakers,
    )


def load_rooms(event) -> dict[int, Room]:
    rows = m.Room.objects.filter(event=event).order_by("sort", "public_id", "pk")
    return {row[0]: Room(*row) for row in rows.values_list("pk", "public_id", "name", "sort")}


def load_categories(event) -> tuple[list[Category], dict[int, Item]]:
    """Categories and their items in one LEFT JOIN query."""
    rows = (
        m.Category.objects.filter(event=event)
        .order_by("sort", "public_id", "pk", "items__sort", "items__public_id", "items__pk")
        .values_list(
            "pk", "public_id", "title", "type", "sort",
            "items__pk", "items__public_id", "items__name", "items__sort",
        )
    )  # fmt: skip
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


def load_questions(event) -> dict[int, Question]:
    rows = m.Question.objects.filter(event=event).order_by("public_id", "pk")
    fields = ("pk", "public_id", "question", "question_type", "sort", "target")
    return {row[0]: Question(*row) for row in rows.values_list(*fields)}


SESSION_FIELDS = (
    "pk", "public_id", "title", "description", "starts_at", "ends_at", "room_id",
    "is_service_session", "is_plenum_session", "status", "is_informed", "is_confirmed",
    "live_url", "recording_url",
)  # fmt: skip


def load_sessions(event, rooms: dict[int, Room], wanted: Q) -> list[Session]:
    rows = m.Session.objects.filter(wanted, event=event).values_list(*SESSION_FIELDS)
    sessions = []
    for row in rows:
        room = rooms.get(row[6])
        sessions.append(Session(*row[:6], room, *row[7:]))
    sessions.sort(key=lambda s: session_key(s.starts_at, s.room.sort if s.room else None, s.pk))
    return sessions


SPEAKER_FIELDS = (
    "pk", "public_id", "first_name", "last_name", "bio", "tag_line", "profile_picture",
    "is_top_speaker",
)  # fmt: skip


def load_speakers(event, sessions: list[Session], of_included: Q) -> list[Speaker]:
    """The speakers of the included sessions, each with its sessions and links."""
    links = m.SessionSpeaker.objects.filter(of_included).order_by("position", "pk")
    speaker_ids = links.values("speaker_id")
    # No ORDER BY: speakers are sorted in Python by the collation key.
    speaker_rows = m.Speaker.objects.filter(event=event, pk__in=speaker_ids).order_by()
    rows = speaker_rows.values_list(*SPEAKER_FIELDS)
    speakers = {row[0]: Speaker(*row) for row in rows}
    by_pk = {session.pk: session for session in sessions}
    rank = {session.pk: index for index, session in enumerate(sessions)}
    own_sessions: dict[int, list[Session]] = defaultdict(list)
    for session_pk, speaker_pk, speaker_position in links.values_list(
        "session_id", "speaker_id", "speaker_position"
    ):
        session, speaker = by_pk.get(session_pk), speakers.get(speaker_pk)
        if session is None or speaker is None:
            continue
        session.speakers.append(speaker)
        if speaker_position is not None:
            speaker.positions[session_pk] = speaker_position
        own_sessions[speaker_pk].append(session)
    for speaker_pk, own in own_sessions.items():
        speaker = speakers[speaker_pk]
        own.sort(key=lambda session: speaker_session_key(speaker, session, rank[session.pk]))
        speaker.sessions = own
    link_rows = (
        m.SpeakerLink.objects.filter(speaker_id__in=speaker_ids)
        .order_by("position", "pk")
        .values_list("speaker_id", "title", "url", "link_type")
    )
    for speaker_pk, title, url, link_type in link_rows:
        speakers[speaker_pk].links.append(Link(title, url, link_type))
    ordered = list(speakers.values())
    ordered.sort(key=lambda s: speaker_key(s.first_name, s.last_name, s.pk))
    return ordered


def attach_items_and_answers(sessions, speakers, items, questions, of_included: Q) -> None:
    """Category items and answers of sessions and speakers, in stored order."""
    session_by_pk = {session.pk: session for session in sessions}
    speaker_by_pk = {speaker.pk: speaker for speaker in speakers}
    speaker_ids = m.SessionSpeaker.objects.filter(of_included).values("speaker_id")
    session_items = m.SessionItem.objects.filter(of_included).order_by("position", "pk")
    for owner, item in session_items.values_list("session_id", "item_id"):
        session_by_pk[owner].items.append(items[item])
    answers = m.SessionAnswer.objects.filter(of_included).order_by("position", "pk")
    for row in answers.values_list("session_id", "question_id", "value", "extra"):
        attach_answer(session_by_pk[row[0]], questions[row[1]], *row[2:])
    speaker_items = m.SpeakerItem.objects.filter(speaker_id__in=speaker_ids)
    for owner, item in speaker_items.order_by("position", "pk").values_list(
        "speaker_id", "item_id"
    ):
        speaker_by_pk[owner].items.append(items[item])
    answers = m.SpeakerAnswer.objects.filter(speaker_id__in=speaker_ids).order_by("position", "pk")
    for row in answers.values_list("speaker_id", "question_id", "value", "extra"):
        attach_answer(speaker_by_pk[row[0]], questions[row[1]], *row[2:])


def attach_answer(owner, question, value: str, extra: str | None) -> None:
    owner.answers.append((question, value))
    if extra is not None:
        owner.answer_extras[question.pk] = extra
