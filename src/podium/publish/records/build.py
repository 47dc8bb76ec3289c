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
from podium.program.queries import WHOLE, Parts, load_program
from podium.program.queries.ordering import speaker_session_key
from podium.publish.options import EndpointOptions
from podium.publish.records import types as r


def publication_of(endpoint, *, parts: Parts = WHOLE) -> r.Publication:
    """What ``endpoint`` publishes now, in a fixed number of queries.

    Of the ``parts`` a reader names only: the others stay empty (no sessions, no links,
    no custom fields), so such a publication is only for a reader that shows no more
    (``builders.READS``).
    """
    # Without sessions there are no custom fields to show: no need to read which.
    read = EndpointOptions.from_endpoint if parts.sessions else EndpointOptions.inclusion_of
    options = read(endpoint)
    program = load_program(
        endpoint.event,
        include_uninformed=options.include_uninformed,
        service_sessions=options.service_sessions,
        parts=parts,
    )
    try:
        return build_publication(program, options)
    finally:
        program.release()


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
        if not owner.items:
            return ()
        items = self.items
        return tuple([items[i.pk] for i in owner.items if i.pk in items])

    def answers_of(self, owner) -> tuple[r.Answer, ...]:
        if not owner.answers:
            return ()
        pks, answer = self.question_pks, r.Answer
        extras = owner.answer_extras
        return tuple(
            [answer(x.id, value, extras.get(x.pk)) for x, value in owner.answers if x.pk in pks]
        )


def session_records(sessions, rooms: dict[int, r.Room], visible: bool, exposed: Exposed):
    record, items_of, answers_of = r.Session, exposed.items_of, exposed.answers_of
    for session in sessions:
        starts, ends, room, service = None, None, None, session.is_service_session
        if visible:
            starts, ends = session.starts_at, session.ends_at
            # Stored times are UTC already; a backend may hand them over in another zone.
            if starts is not None and starts.tzinfo is not dt.UTC:
                starts = starts.astimezone(dt.UTC)
            if ends is not None and ends.tzinfo is not dt.UTC:
                ends = ends.astimezone(dt.UTC)
            room = rooms[session.room.pk] if session.room else None
        yield record(
            session.id,
            session.title,
            session.description,
            starts,
            ends,
            room,
            service,
            session.is_plenum_session,
            None if service else session.status,
            False if service else session.is_informed,
            False if service else session.is_confirmed,
            session.live_url,
            session.recording_url,
            tuple([speaker.id for speaker in session.speakers]),
            items_of(session),
            answers_of(session),
        )


def speaker_records(speakers, visible: bool, links: bool, exposed: Exposed):
    record, link, items_of, answers_of = r.Speaker, r.Link, exposed.items_of, exposed.answers_of
    for speaker in speakers:
        own = speaker.sessions
        if not visible:  # no hint of the schedule: unplaced sessions by creation
            own = sorted(own, key=lambda s, speaker=speaker: speaker_session_key(speaker, s, s.pk))
        yield record(
            speaker.id,
            speaker.first_name,
            speaker.last_name,
            speaker.full_name,
            speaker.bio,
            speaker.tag_line,
            speaker.profile_picture,
            speaker.is_top_speaker,
            tuple([link(k.title, k.url, k.link_type) for k in speaker.links]) if links else (),
            tuple([session.id for session in own]),
            items_of(speaker),
            answers_of(speaker),
        )


def schedule_visible(event, options: EndpointOptions) -> bool:
    """Whether the endpoint shows times and rooms (else: none, in creation order)."""
    return bool(event.schedule_announced or options.show_schedule)


def build_publication(program: q.Program, options: EndpointOptions) -> r.Publication:
    event = program.event
    visible = schedule_visible(event, options)
    exposed = Exposed(program, options)
    rooms = {room.pk: r.Room(room.id, room.name, room.sort) for room in program.rooms}
    ordered = program.sessions if visible else sorted(program.sessions, key=lambda s: s.pk)
    sessions = tuple(session_records(ordered, rooms, visible, exposed))
    speakers = tuple(speaker_records(program.speakers, visible, options.speaker_links, exposed))
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
        wall_top_speakers_only=options.top_speakers_only,
    )
