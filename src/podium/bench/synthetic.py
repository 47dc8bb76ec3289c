"""Synthetic events of any size, in realistic proportions, written with bulk_create.

``make_event(slug, sessions=N)`` makes an event of exactly N sessions: per day one
plenum keynote and two service sessions (lunch, coffee), the rest regular talks with
about 1.25 speakers each (some co-present), in N/40 rooms (at least 3). Three session
and two speaker categories, three session and two speaker questions, answers on most
sessions and speakers, links on most speakers. The same seed gives the same program.
"""

import datetime as dt
import random

from django.db import transaction

from podium.bench.schedule import plan_schedule
from podium.bench.sessions import make_sessions
from podium.bench.speakers import make_speakers
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


def make_event(slug: str, sessions: int, *, seed: int = 0, name: str | None = None) -> m.Event:
    """Create event ``slug`` holding ``sessions`` sessions; deterministic for a seed."""
    if sessions < 4:
        raise ValueError("a synthetic event needs at least 4 sessions")
    rng = random.Random(seed)
    with transaction.atomic():
        event = m.Event.objects.create(
            slug=slug,
            name=name or f"Synthetic {sessions}",
            time_zone="Europe/Vienna",
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
        first_day = dt.date(2026, 10, 5)
        make_sessions(rng, event, first_day, slots, rooms, speakers, session_items, session_qs)
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


def make_endpoint(event: m.Event, endpoint_id: str | None = None) -> Endpoint:
    """A JSON endpoint of ``event`` exposing every custom field (the heaviest output)."""
    chosen_id = {"id": endpoint_id} if endpoint_id else {}
    endpoint = Endpoint.objects.create(event=event, name="Everything", **chosen_id)
    endpoint.exposed_categories.set(m.Category.objects.filter(event=event))
    endpoint.exposed_questions.set(m.Question.objects.filter(event=event))
    endpoint.refresh_from_db()
    return endpoint
