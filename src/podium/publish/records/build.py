"""build_publication: the records one endpoint publishes, from its loaded program.

Every publishing rule of an endpoint's options is applied here, once, so no format
repeats it: which custom fields are exposed, whether speakers' links are shown, the
schedule gate (while the schedule is hidden: no times, no rooms, creation order) and
what a service session never has. Which sessions are included (informed or all
accepted, service sessions on or off) is decided by ``load_program``'s query.
"""

import datetime as dt

from podium.program import queries as q
from podium.program.models.target import Target
from podium.program.queries import load_program
from podium.program.queries.ordering import speaker_session_key
from podium.publish.options import EndpointOptions
from podium.publish.records import types as r


def publication_of(endpoint) -> r.Publication:
    """What ``endpoint`` publishes now, in a fixed number of queries."""
    options = EndpointOptions.from_endpoint(endpoint)
    program = load_program(
        endpoint.event,
        include_uninformed=options.include_uninformed,
        service_sessions=options.service_sessions,
    )
    return build_publication(program, options)


def utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is dt.UTC:
        return value
    return value.astimezone(dt.UTC)


class Exposed:
    """The exposed custom fields, and the part of an owner's values they show."""

    def __init__(self, program: q.Program, options: EndpointOptions):
        self.items: dict[int, r.Item] = {}  # by database key
        self.categories: dict[int, r.Category] = {}
        for category in program.categories:
            if category.pk in options.exposed_category_ids:
                own = tuple(r.Item(i.id, i.name, i.sort, category.id) for i in category.items)
                self.items.update(zip([i.pk for i in category.items], own, strict=True))
                self.categories[category.pk] = r.Category(
                    category.id, category.title, category.type, category.sort, own
                )
        self.question_pks = options.exposed_question_ids
        self.questions = tuple(
            r.Question(x.id, x.question, x.question_type, x.sort, x.target)
            for x in program.questions
            if x.pk in self.question_pks
        )

    def items_of(self, owner) -> tuple[r.Item, ...]:
        items = self.items
        return tuple([items[i.pk] for i in owner.items if i.pk in items])

    def answers_of(self, owner) -> tuple[r.Answer, ...]:
        pks = self.question_pks
        return tuple([r.Answer(x.id, value) for x, value in owner.answers if x.pk in pks])


def session_record(session: q.Session, room: r.Room | None, visible: bool, exposed: Exposed):
    service = session.is_service_session
    return r.Session(
        session.id,
        session.title,
        session.description,
        utc(session.starts_at) if visible else None,
        utc(session.ends_at) if visible else None,
        room,
        service,
        session.is_plenum_session,
        None if service else session.status,
        False if service else session.is_informed,
        False if service else session.is_confirmed,
        session.live_url,
        session.recording_url,
        tuple([speaker.id for speaker in session.speakers]),
        exposed.items_of(session),
        exposed.answers_of(session),
    )


def speaker_record(speaker: q.Speaker, visible: bool, links: bool, exposed: Exposed):
    own = speaker.sessions
    if not visible:  # no hint of the schedule: unplaced sessions by creation
        own = sorted(own, key=lambda s: speaker_session_key(speaker, s, s.pk))
    return r.Speaker(
        speaker.id,
        speaker.first_name,
        speaker.last_name,
        speaker.full_name,
        speaker.bio,
        speaker.tag_line,
        speaker.profile_picture,
        speaker.is_top_speaker,
        tuple([r.Link(k.title, k.url, k.link_type) for k in speaker.links]) if links else (),
        tuple([session.id for session in own]),
        exposed.items_of(speaker),
        exposed.answers_of(speaker),
    )


def build_publication(program: q.Program, options: EndpointOptions) -> r.Publication:
    event = program.event
    visible = bool(event.schedule_announced or options.show_schedule)
    exposed = Exposed(program, options)
    rooms = {room.pk: r.Room(room.id, room.name, room.sort) for room in program.rooms}
    ordered = program.sessions if visible else sorted(program.sessions, key=lambda s: s.pk)
    sessions = tuple(
        session_record(s, rooms[s.room.pk] if visible and s.room else None, visible, exposed)
        for s in ordered
    )
    links = options.speaker_links
    speakers = tuple(speaker_record(s, visible, links, exposed) for s in program.speakers)
    grouping = exposed.categories.get(options.group_by)
    return r.Publication(
        event=r.PublishedEvent(event.slug, event.name, event.time_zone),
        schedule_visible=visible,
        utc_times=options.utc_times,
        sessions=sessions,
        speakers=speakers,
        rooms=tuple(rooms.values()),
        categories=tuple(exposed.categories.values()),
        questions=exposed.questions,
        group_by=grouping if grouping is not None and grouping.type == Target.SESSION else None,
        session_by_id={session.id: session for session in sessions},
        speaker_by_id={speaker.id: speaker for speaker in speakers},
    )
