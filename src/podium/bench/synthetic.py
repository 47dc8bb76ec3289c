"""Synthetic events of any size, in realistic proportions, written with bulk_create.

``make_event(slug, sessions=N)`` makes an event of exactly N sessions: per day one
plenum keynote and two service sessions (lunch, coffee), the rest regular talks with
about 1.25 speakers each (some co-present), in N/40 rooms (at least 3). Three session
and two speaker categories, three session and two speaker questions, answers on most
sessions and speakers, links on most speakers. The same seed gives the same program.
"""

import datetime as dt
import random
import zoneinfo

from django.db import transaction

from podium.bench import text
from podium.bench.schedule import Slot, plan_schedule
from podium.program import models as m
from podium.program.models.target import Target
from podium.publish.models import Endpoint

SESSION_CATEGORIES = {
    "Track": ["Mobile", "Web", "Cloud", "Data & AI", "Security", "Craft", "Leadership"],
    "Level": ["Introductory", "Intermediate", "Advanced"],
    "Session format": ["Session", "Workshop", "Lightning talk"],
}
SPEAKER_CATEGORIES = {
    "Experience": ["First-time speaker", "Experienced speaker", "Keynote speaker"],
    "Region": ["Europe", "Americas", "Asia", "Africa", "Oceania"],
}
SESSION_QUESTIONS = [
    ("Short title", "Short_Text"),
    ("Video", "Web_address"),
    ("Notes", "Long_Text"),
]
SPEAKER_QUESTIONS = [("Company", "Short_Text"), ("Pronouns", "Short_Text")]
LINK_TYPES = [("Twitter", "Twitter"), ("LinkedIn", "LinkedIn"), ("Blog", "Blog")]
LINK_TYPES += [("Company Website", "Company_Website"), ("GitHub", "Other")]
TIME_ZONE = "Europe/Vienna"
FIRST_DAY = dt.date(2026, 10, 5)


def make_event(slug: str, sessions: int, *, seed: int = 0, name: str | None = None) -> m.Event:
    """Create event ``slug`` holding ``sessions`` sessions; deterministic for a seed."""
    if sessions < 4:
        raise ValueError("a synthetic event needs at least 4 sessions")
    rng = random.Random(seed)
    with transaction.atomic():
        event = m.Event.objects.create(
            slug=slug,
            name=name or f"Synthetic {sessions}",
            time_zone=TIME_ZONE,
            schedule_announced=True,
        )
        rooms = m.Room.objects.bulk_create(
            m.Room(event=event, public_id=10001 + i, name=f"Room {i + 1}", sort=i)
            for i in range(max(3, round(sessions / 40)))
        )
        session_items = make_categories(event, SESSION_CATEGORIES, Target.SESSION, 0)
        speaker_items = make_categories(event, SPEAKER_CATEGORIES, Target.SPEAKER, 10)
        session_qs = make_questions(event, SESSION_QUESTIONS, Target.SESSION, 0)
        speaker_qs = make_questions(event, SPEAKER_QUESTIONS, Target.SPEAKER, 10)
        slots = plan_schedule(sessions, len(rooms))
        talks = sum(1 for slot in slots if slot.kind == "talk")
        speakers = make_speakers(rng, event, max(1, round(talks * 0.95)), speaker_items, speaker_qs)
        make_sessions(rng, event, slots, rooms, speakers, session_items, session_qs)
        event.touch()
    return event


def make_categories(event, spec: dict, target: str, offset: int) -> list[list[m.CategoryItem]]:
    """The categories of ``spec``; returns each category's items."""
    categories = m.Category.objects.bulk_create(
        m.Category(event=event, public_id=20001 + offset + i, title=title, type=target, sort=i)
        for i, title in enumerate(spec)
    )
    items = []
    for category, names in zip(categories, spec.values(), strict=True):
        base = 30001 + 100 * (category.public_id - 20001)
        items.append(
            m.CategoryItem.objects.bulk_create(
                m.CategoryItem(event=event, category=category, public_id=base + i, name=n, sort=i)
                for i, n in enumerate(names)
            )
        )
    return items


def make_questions(event, spec: list, target: str, offset: int) -> list[m.Question]:
    return m.Question.objects.bulk_create(
        m.Question(
            event=event,
            public_id=40001 + offset + i,
            target=target,
            question=question,
            question_type=kind,
            sort=i,
        )
        for i, (question, kind) in enumerate(spec)
    )


def answer(rng: random.Random, question: m.Question) -> str:
    if question.question_type == "Web_address":
        return f"https://video.example.org/{rng.getrandbits(40):x}"
    if question.question_type == "Long_Text":
        return text.paragraphs(rng, 2, 30)
    return text.sentence(rng, rng.randint(1, 4))


def make_speakers(rng, event, count: int, items, questions) -> list[m.Speaker]:
    speakers = m.Speaker.objects.bulk_create(
        m.Speaker(
            event=event,
            public_id=text.guid(rng),
            first_name=rng.choice(text.FIRST_NAMES),
            last_name=rng.choice(text.LAST_NAMES),
            bio=None if rng.random() < 0.05 else text.paragraphs(rng, 3, 30),
            tag_line=None if rng.random() < 0.1 else rng.choice(text.TAG_LINES),
            profile_picture=f"https://images.example.org/{rng.getrandbits(64):016x}.jpg",
            is_top_speaker=rng.random() < 0.05,
        )
        for _ in range(count)
    )
    links, chosen, answers = [], [], []
    for speaker in speakers:
        for position, (title, kind) in enumerate(rng.sample(LINK_TYPES, rng.randint(0, 4))):
            url = f"https://{kind.lower()}.example.org/{speaker.public_id[:8]}"
            links.append(
                m.SpeakerLink(
                    speaker=speaker, position=position, title=title, url=url, link_type=kind
                )
            )
        for position, category in enumerate(c for c in items if rng.random() < 0.8):
            item = rng.choice(category)
            chosen.append(m.SpeakerItem(speaker=speaker, item=item, position=position))
        for position, question in enumerate(q for q in questions if rng.random() < 0.7):
            value = answer(rng, question)
            answers.append(
                m.SpeakerAnswer(speaker=speaker, question=question, position=position, value=value)
            )
    m.SpeakerLink.objects.bulk_create(links)
    m.SpeakerItem.objects.bulk_create(chosen)
    m.SpeakerAnswer.objects.bulk_create(answers)
    return speakers


def make_sessions(rng, event, slots: list[Slot], rooms, speakers, items, questions) -> None:
    tz = zoneinfo.ZoneInfo(TIME_ZONE)
    rows = [session_row(rng, event, slot, rooms, tz, number) for number, slot in enumerate(slots)]
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
            value = answer(rng, question)
            answers.append(
                m.SessionAnswer(session=session, question=question, position=position, value=value)
            )
    m.SessionSpeaker.objects.bulk_create(links)
    m.SessionItem.objects.bulk_create(chosen)
    m.SessionAnswer.objects.bulk_create(answers)


def session_row(rng, event, slot: Slot, rooms, tz, number: int) -> m.Session:
    service = slot.kind == "service"
    starts = ends = room = None
    if slot.start is not None:
        day = FIRST_DAY + dt.timedelta(days=slot.day)
        starts = dt.datetime.combine(day, slot.start, tz).astimezone(dt.UTC)
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


def make_endpoint(event: m.Event, endpoint_id: str | None = None) -> Endpoint:
    """A JSON endpoint of ``event`` exposing every custom field (the heaviest output)."""
    chosen_id = {"id": endpoint_id} if endpoint_id else {}
    endpoint = Endpoint.objects.create(event=event, name="Everything", **chosen_id)
    endpoint.exposed_categories.set(m.Category.objects.filter(event=event))
    endpoint.exposed_questions.set(m.Question.objects.filter(event=event))
    endpoint.refresh_from_db()
    return endpoint
