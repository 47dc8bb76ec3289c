"""Parse the objects of an ``All`` view: sessions, speakers, questions, categories, rooms.

Keys that older responses lack get the values the current format would have shown.
"""

from podium.importers import program as p
from podium.importers.reader import MISSING, Node, check_int, check_str, describe, fail
from podium.importers.times import parse_wire_time
from podium.program.models.session import SessionStatus


class TimeMode:
    """Tracks whether the file's times are local or UTC; one file may not mix both."""

    def __init__(self):
        self.utc: bool | None = None

    def parse(self, node: Node, key: str):
        value = node.string(key, null=True)
        if value is None:
            return None
        moment, is_utc = parse_wire_time(value, node.at(key))
        if self.utc is None:
            self.utc = is_utc
        elif self.utc != is_utc:
            kind = "UTC (ends in Z)" if is_utc else "local (no Z)"
            raise fail(node.at(key), f"{value!r} is {kind} but earlier times are not")
        return moment


def parse_session(node: Node, times: TimeMode) -> p.Session:
    is_service = node.boolean("isServiceSession")
    session = p.Session(
        id=non_empty(node, "id"),
        title=node.string("title"),
        description=node.string("description", null=True),
        starts_at=times.parse(node, "startsAt"),
        ends_at=times.parse(node, "endsAt"),
        is_service_session=is_service,
        is_plenum_session=node.boolean("isPlenumSession"),
        speaker_ids=[check_str(value, where) for value, where in node.items("speakers")],
        item_ids=[check_int(value, where) for value, where in node.items("categoryItems")],
        answers=parse_answers(node),
        room_id=node.integer("roomId", null=True),
        # Added to the format in 2021, 2023 and 2024: missing in older files.
        live_url=node.string("liveUrl", null=True, default=None),
        recording_url=node.string("recordingUrl", null=True, default=None),
        status=parse_status(node),
        is_informed=node.boolean("isInformed", default=not is_service),
        is_confirmed=node.boolean("isConfirmed", default=not is_service),
    )
    if (session.starts_at is None) != (session.ends_at is None):
        given, absent = (
            ("startsAt", "endsAt") if session.ends_at is None else ("endsAt", "startsAt")
        )
        raise fail(node.at(absent), f"null while {given} is set: give both or neither")
    if session.starts_at and session.ends_at < session.starts_at:
        raise fail(node.at("endsAt"), "before startsAt")
    return session


def parse_status(node: Node) -> str:
    # Service sessions show null; everything in an All view was accepted.
    status = node.string("status", null=True, default=None) or SessionStatus.ACCEPTED
    if status not in SessionStatus.values:
        # Stored unchecked, the session would silently vanish from every view.
        known = ", ".join(f'"{value}"' for value in SessionStatus.values)
        raise fail(node.at("status"), f"{describe(status)} is not a status ({known}, or null)")
    return status


def parse_speaker(node: Node) -> p.Speaker:
    node.string("fullName", default=None)  # derived from the names; only its type is checked
    return p.Speaker(
        id=non_empty(node, "id"),
        first_name=node.string("firstName"),
        last_name=node.string("lastName"),
        bio=node.string("bio", null=True),
        tag_line=node.string("tagLine", null=True),
        profile_picture=node.string("profilePicture", null=True),
        is_top_speaker=node.boolean("isTopSpeaker"),
        links=[
            p.Link(
                title=link.string("title"),
                url=link.string("url"),
                link_type=link.string("linkType"),
            )
            for link in node.objects("links")
        ],
        session_ids=[str(check_int(value, where)) for value, where in node.items("sessions")],
        # 2018 responses may lack both lists on speakers.
        item_ids=[
            check_int(value, where) for value, where in node.items("categoryItems", default=[])
        ],
        answers=parse_answers(node, default=[]),
    )


def parse_answers(node: Node, default: object = MISSING) -> list[p.Answer]:
    return [
        p.Answer(question_id=answer.integer("questionId"), value=answer.string("answerValue"))
        for answer in node.objects("questionAnswers", default=default)
    ]


def parse_question(node: Node) -> p.Question:
    return p.Question(
        id=node.integer("id"),
        question=node.string("question"),
        question_type=node.string("questionType"),
        sort=node.integer("sort"),
    )


def parse_category(node: Node) -> p.Category:
    kind = node.string("type", default=None)  # missing in early 2020 responses
    if kind not in (None, "session", "speaker"):
        raise fail(node.at("type"), f'expected "session" or "speaker", found {describe(kind)}')
    return p.Category(
        id=node.integer("id"),
        title=node.string("title"),
        sort=node.integer("sort"),
        type=kind,
        items=[
            p.Item(id=item.integer("id"), name=item.string("name"), sort=item.integer("sort"))
            for item in node.objects("items")
        ],
    )


def parse_room(node: Node) -> p.Room:
    return p.Room(id=node.integer("id"), name=node.string("name"), sort=node.integer("sort"))


def non_empty(node: Node, key: str) -> str:
    value = node.string(key)
    if not value.strip():
        raise fail(node.at(key), "must not be empty")
    return value
