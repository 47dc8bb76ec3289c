"""Sessions of a synthetic event, with their speakers, category items and answers."""

import datetime as dt

from podium.bench import text
from podium.bench.schedule import Slot
from podium.program import models as m


def make_sessions(rng, event, first_day, slots: list[Slot], rooms, speakers, items, questions):
    """One session per slot; talks get speakers, category items and answers."""
    rows = [
        session_row(rng, event, first_day, slot, rooms, number) for number, slot in enumerate(slots)
    ]
    created = m.Session.objects.bulk_create(rows)
    links, chosen, answers = [], [], []
    talk = 0
    for session, slot in zip(created, slots, strict=True):
        if slot.kind == "service":
            continue
        # Every speaker gets a talk in turn; some talks add co-presenters at random.
        people = [speakers[talk % len(speakers)]]
        talk += 1
        extra = 0 if rng.random() < 0.8 else rng.choice((1, 1, 1, 2))
        people += [p for p in rng.sample(speakers, min(extra, len(speakers))) if p not in people]
        links += [
            m.SessionSpeaker(session=session, speaker=p, position=i) for i, p in enumerate(people)
        ]
        for position, category in enumerate(items):
            chosen.append(
                m.SessionItem(session=session, item=rng.choice(category), position=position)
            )
        for position, question in enumerate(q for q in questions if rng.random() < 0.75):
            value = text.answer(rng, question.question_type)
            answers.append(
                m.SessionAnswer(session=session, question=question, position=position, value=value)
            )
    m.SessionSpeaker.objects.bulk_create(links)
    m.SessionItem.objects.bulk_create(chosen)
    m.SessionAnswer.objects.bulk_create(answers)


def session_row(rng, event, first_day, slot: Slot, rooms, number: int) -> m.Session:
    service = slot.kind == "service"
    starts = ends = room = None
    if slot.start is not None:
        day = first_day + dt.timedelta(days=slot.day)
        starts = dt.datetime.combine(day, slot.start, event.tz).astimezone(dt.UTC)
        ends = starts + dt.timedelta(minutes=slot.minutes)
        room = rooms[slot.room]
    # Most talks are accepted and announced; a few are not (yet) and stay unpublished.
    roll = rng.random()
    status = "Declined" if roll < 0.02 else "Accepted"
    return m.Session(
        event=event,
        public_id=text.guid(rng) if service else str(100001 + number),
        title=slot.title or text.title(rng),
        description=None if service or rng.random() < 0.03 else text.paragraphs(rng, 3, 55),
        starts_at=starts,
        ends_at=ends,
        room=room,
        is_service_session=service,
        is_plenum_session=slot.kind == "plenum",
        status=status,
        is_informed=not service and roll >= 0.04,
        is_confirmed=not service and roll >= 0.06,
        recording_url=None if rng.random() < 0.9 else f"https://video.example.org/{number}",
    )
