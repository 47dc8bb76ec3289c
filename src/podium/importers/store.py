"""Plan the writes of a validated program into an event's tables, parents first.

Each table is synced in bulk (see :mod:`podium.importers.sync`); list positions are
the indexes in the file's lists.
"""

from podium.importers import program as p
from podium.importers.columns import (
    category_fields,
    item_fields,
    question_fields,
    room_fields,
    session_fields,
    speaker_fields,
)
from podium.importers.plan import WritePlan
from podium.importers.sync import sync_rows
from podium.importers.times import to_utc
from podium.program import models as m

# Rows that nothing else refers to: their stale ones go first, by plain SQL.
LEAVES = (
    m.SpeakerLink,
    m.SpeakerItem,
    m.SpeakerAnswer,
    m.SessionSpeaker,
    m.SessionItem,
    m.SessionAnswer,
)


def plan_program(event: m.Event, program: p.ParsedProgram, writer=None) -> WritePlan:
    """The writes that make the event's program equal ``program``.

    ``event`` may be unsaved, with its planned pk: then every row is new. ``writer``, a
    :class:`ProgramWriter` of the event (a mirror's, say), decides row by row.
    """
    writer = writer or ProgramWriter(event, WritePlan())
    if event.pk is None:
        event.pk = writer.plan.new_ids(m.Event, 1)[0]
    rooms = writer.top(m.Room, {r.id: room_fields(r) for r in program.rooms})
    categories = writer.top(m.Category, {c.id: category_fields(c) for c in program.categories})
    items = writer.top(
        m.CategoryItem,
        {i.id: item_fields(i, categories[c.id].pk) for c in program.categories for i in c.items},
    )
    questions = writer.top(m.Question, {q.id: question_fields(q) for q in program.questions})
    speakers = writer.top(m.Speaker, {s.id: speaker_fields(s) for s in program.speakers})
    zone, utc = event.tz, program.utc_times
    sessions = writer.top(
        m.Session,
        {
            s.id: session_fields(
                s,
                rooms,
                start=to_utc(s.starts_at, zone, is_utc=utc),
                end=to_utc(s.ends_at, zone, is_utc=utc),
            )
            for s in program.sessions
        },
    )

    writer.links(program.speakers, speakers)
    writer.chosen(m.SpeakerItem, "speaker", program.speakers, speakers, items)
    writer.answers(m.SpeakerAnswer, "speaker", program.speakers, speakers, questions)
    writer.session_speakers(program, sessions, speakers)
    writer.chosen(m.SessionItem, "session", program.sessions, sessions, items)
    writer.answers(m.SessionAnswer, "session", program.sessions, sessions, questions)
    return writer.plan


def apply_plan(plan: WritePlan):
    """Run a plan's writes, then delete the stale rows; returns how many rows changed."""
    changes = plan.apply()
    changes.delete_stale(leaves=LEAVES)
    return changes


class ProgramWriter:
    def __init__(self, event: m.Event, plan: WritePlan):
        self.event = event
        self.plan = plan

    def top(self, model, wanted: dict) -> dict:
        """Sync a table whose rows have a public id in this event."""
        for values in wanted.values():
            values["event_id"] = self.event.pk
        rows = model.objects.filter(event_id=self.event.pk)
        return sync_rows(model, rows, lambda row: row.public_id, wanted, self.plan)

    def child(self, model, parent: str, second: str, wanted: dict) -> None:
        """Sync a table of rows keyed by (parent pk, ``second`` field)."""
        rows = model.objects.filter(**{f"{parent}__event_id": self.event.pk})

        def key(row):
            return getattr(row, f"{parent}_id"), getattr(row, second)

        sync_rows(model, rows, key, wanted, self.plan)

    def links(self, speakers: list[p.Speaker], rows: dict) -> None:
        wanted = {}
        for speaker in speakers:
            pk = rows[speaker.id].pk
            for position, link in enumerate(speaker.links):
                wanted[pk, position] = {
                    "speaker_id": pk,
                    "position": position,
                    "title": link.title,
                    "url": link.url,
                    "link_type": link.link_type,
                }
        self.child(m.SpeakerLink, "speaker", "position", wanted)

    def chosen(self, model, parent: str, owners: list, rows: dict, items: dict) -> None:
        wanted = {}
        for owner in owners:
            pk = rows[owner.id].pk
            for position, item_id in enumerate(owner.item_ids):
                item_pk = items[item_id].pk
                wanted[pk, item_pk] = {f"{parent}_id": pk, "item_id": item_pk, "position": position}
        self.child(model, parent, "item_id", wanted)

    def answers(self, model, parent: str, owners: list, rows: dict, questions: dict) -> None:
        wanted = {}
        for owner in owners:
            pk = rows[owner.id].pk
            for position, answer in enumerate(owner.answers):
                question_pk = questions[answer.question_id].pk
                wanted[pk, question_pk] = {
                    f"{parent}_id": pk,
                    "question_id": question_pk,
                    "position": position,
                    "value": answer.value,
                    "extra": answer.extra,
                }
        self.child(model, parent, "question_id", wanted)

    def session_speakers(self, program: p.ParsedProgram, sessions: dict, speakers: dict) -> None:
        # The file lists each pair twice: in the session's speakers and the speaker's sessions.
        speaker_position = {
            (session_id, speaker.id): position
            for speaker in program.speakers
            for position, session_id in enumerate(speaker.session_ids)
        }
        wanted = {}
        for session in program.sessions:
            pk = sessions[session.id].pk
            for position, speaker_id in enumerate(session.speaker_ids):
                speaker_pk = speakers[speaker_id].pk
                wanted[pk, speaker_pk] = {
                    "session_id": pk,
                    "speaker_id": speaker_pk,
                    "position": position,
                    "speaker_position": speaker_position[session.id, speaker_id],
                }
        self.child(m.SessionSpeaker, "session", "speaker_id", wanted)
