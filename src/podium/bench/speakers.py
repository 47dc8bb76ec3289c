"""Speakers of a synthetic event, with their links, category items and answers."""

from podium.bench import text
from podium.program import models as m

LINK_TYPES = [("Twitter", "Twitter"), ("LinkedIn", "LinkedIn"), ("Blog", "Blog")]
LINK_TYPES += [("Company Website", "Company_Website"), ("GitHub", "Other")]


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
            value = text.answer(rng, question.question_type)
            answers.append(
                m.SpeakerAnswer(speaker=speaker, question=question, position=position, value=value)
            )
    m.SpeakerLink.objects.bulk_create(links)
    m.SpeakerItem.objects.bulk_create(chosen)
    m.SpeakerAnswer.objects.bulk_create(answers)
    return speakers
