"""Publications built in code, for tests of the formats that serialize them."""

import dataclasses
import datetime as dt

from podium.publish.records import (
    Category,
    Item,
    Publication,
    PublishedEvent,
    Question,
    Room,
    Session,
    Speaker,
)


def instant(text: str | None) -> dt.datetime | None:
    """A UTC instant from ``YYYY-MM-DDTHH:MM`` (a test's own notation)."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC) if text else None


def session_record(id: str, title: str, starts: str | None, ends: str | None, room, **over):
    """A regular, accepted, informed and confirmed session; times are UTC instants."""
    session = Session(
        id=id,
        title=title,
        description=f"About {title}.",
        starts=instant(starts),
        ends=instant(ends),
        room=room,
        is_service_session=False,
        is_plenum_session=False,
        status="Accepted",
        is_informed=True,
        is_confirmed=True,
        live_url=None,
        recording_url=None,
        speaker_ids=(),
        items=(),
        answers=(),
    )
    return dataclasses.replace(session, **over)


def service_record(id: str, title: str, starts: str, ends: str, room, **over):
    """A break or lunch: no description, no status, neither informed nor confirmed."""
    service = {"description": None, "is_service_session": True, "status": None}
    return session_record(
        id, title, starts, ends, room, **service, is_informed=False, is_confirmed=False, **over
    )


def speaker_record(id: str, first_name: str, last_name: str, **over) -> Speaker:
    speaker = Speaker(
        id=id,
        first_name=first_name,
        last_name=last_name,
        full_name=f"{first_name} {last_name}",
        bio=None,
        tag_line=None,
        profile_picture=None,
        is_top_speaker=False,
        links=(),
        session_ids=(),
        items=(),
        answers=(),
    )
    return dataclasses.replace(speaker, **over)


def category_record(id: int, title: str, items: list[tuple[int, str]], type="session"):
    own = tuple(Item(item_id, name, sort, id) for sort, (item_id, name) in enumerate(items))
    return Category(id, title, type, 0, own)


def publication(
    sessions: list[Session],
    *,
    speakers: list[Speaker] = (),
    rooms: list[Room] = (),
    categories: list[Category] = (),
    questions: list[Question] = (),
    slug: str = "demo-conf",
    name: str = "Demo Conf",
    time_zone: str = "Europe/London",
    utc_times: bool = False,
    group_by: Category | None = None,
) -> Publication:
    return Publication(
        event=PublishedEvent(slug, name, time_zone),
        schedule_visible=any(s.starts for s in sessions),
        utc_times=utc_times,
        sessions=tuple(sessions),
        speakers=tuple(speakers),
        rooms=tuple(rooms),
        categories=tuple(categories),
        questions=tuple(questions),
        group_by=group_by,
        session_by_id={s.id: s for s in sessions},
        speaker_by_id={s.id: s for s in speakers},
    )
