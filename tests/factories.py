"""factory_boy factories for the program models."""

import datetime as dt

import factory

from podium.program import models as m


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Event
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"event-{n}")
    name = factory.Sequence(lambda n: f"Event {n}")
    time_zone = "Europe/London"
    schedule_announced = True


class RoomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Room

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"Room {n}")
    sort = factory.Sequence(lambda n: n)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Category

    event = factory.SubFactory(EventFactory)
    title = factory.Sequence(lambda n: f"Category {n}")
    type = "session"
    sort = factory.Sequence(lambda n: n)


class CategoryItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.CategoryItem

    category = factory.SubFactory(CategoryFactory)
    event = factory.SelfAttribute("category.event")
    name = factory.Sequence(lambda n: f"Item {n}")
    sort = factory.Sequence(lambda n: n)


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Question

    event = factory.SubFactory(EventFactory)
    question = factory.Sequence(lambda n: f"Question {n}?")
    sort = factory.Sequence(lambda n: n)


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Speaker

    event = factory.SubFactory(EventFactory)
    first_name = factory.Sequence(lambda n: f"First{n}")
    last_name = factory.Sequence(lambda n: f"Last{n}")
    bio = "A bio."
    tag_line = "Speaker"


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Session

    event = factory.SubFactory(EventFactory)
    title = factory.Sequence(lambda n: f"Session {n}")
    description = "About it."
    room = factory.SubFactory(RoomFactory, event=factory.SelfAttribute("..event"))
    starts_at = factory.Sequence(
        lambda n: dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC) + dt.timedelta(hours=n % 8)
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(minutes=45))
    is_informed = True
    is_confirmed = True


class SessionSpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.SessionSpeaker

    session = factory.SubFactory(SessionFactory)
    speaker = factory.SubFactory(SpeakerFactory, event=factory.SelfAttribute("..session.event"))
    position = 0


class SessionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.SessionItem

    session = factory.SubFactory(SessionFactory)
    item = factory.SubFactory(
        CategoryItemFactory, category__event=factory.SelfAttribute("...session.event")
    )
    position = 0


class SessionAnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.SessionAnswer

    session = factory.SubFactory(SessionFactory)
    question = factory.SubFactory(QuestionFactory, event=factory.SelfAttribute("..session.event"))
    value = factory.Sequence(lambda n: f"Answer {n}")


class SpeakerLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.SpeakerLink

    speaker = factory.SubFactory(SpeakerFactory)
    title = "Blog"
    url = factory.Sequence(lambda n: f"https://example.com/blog/{n}")
    link_type = "Blog"


class SpeakerItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.SpeakerItem

    speaker = factory.SubFactory(SpeakerFactory)
    item = factory.SubFactory(
        CategoryItemFactory,
        category__event=factory.SelfAttribute("...speaker.event"),
        category__type="speaker",
    )
    position = 0


class SpeakerAnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.SpeakerAnswer

    speaker = factory.SubFactory(SpeakerFactory)
    question = factory.SubFactory(
        QuestionFactory, event=factory.SelfAttribute("..speaker.event"), target="speaker"
    )
    value = factory.Sequence(lambda n: f"Answer {n}")


class EndpointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "publish.Endpoint"

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"Endpoint {n}")
