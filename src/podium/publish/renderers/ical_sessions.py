"""The scheduled sessions of an All or Sessions view, as the iCalendar format needs them."""

from dataclasses import dataclass

from podium.program.models.target import Target
from podium.publish.builders.sessions import session_groups
from podium.publish.records import Publication, Session


@dataclass(frozen=True, slots=True)
class CalendarSession:
    session: Session
    speakers: list[str]
    categories: list[str]


def scheduled(session: Session) -> bool:
    # A hidden schedule has no times: such sessions stay out of the calendar.
    return session.starts is not None and session.ends is not None


def speaker_names(publication: Publication, session: Session) -> list[str]:
    return [publication.speaker_by_id[s].full_name for s in session.speaker_ids]


def from_all(publication: Publication) -> list[CalendarSession]:
    return [
        CalendarSession(
            session,
            speaker_names(publication, session),
            [item.name for item in session.items],
        )
        for session in publication.sessions
        if scheduled(session)
    ]


def from_sessions(publication: Publication) -> list[CalendarSession]:
    """As the Sessions view lists them: its categories are of sessions, in category order,
    and none for a service session."""
    categories = [c.id for c in publication.categories if c.type == Target.SESSION]
    seen: set[str] = set()
    found = []
    for _, sessions in session_groups(publication):
        for session in sessions:
            # A grouped view may list a session under several groups: one event each.
            if session.id in seen or not scheduled(session):
                continue
            seen.add(session.id)
            names = []
            if not session.is_service_session:
                for category in categories:
                    names += [i.name for i in session.items if i.category_id == category]
            found.append(CalendarSession(session, speaker_names(publication, session), names))
    return found


def calendar_sessions(view: str, publication: Publication) -> list[CalendarSession]:
    if view == "All":
        return from_all(publication)
    if view == "Sessions":
        return from_sessions(publication)
    raise ValueError(f"the iCalendar format has no {view!r} view (it answers All and Sessions)")
