"""Deterministic filler text and names for synthetic events."""

import random
import uuid

WORDS = (  # noqa: SIM905 (a word list reads better as prose)
    "api cloud kotlin python data model stream event edge cache query render scale "
    "design team test release build deploy observe trace metric latency memory "
    "thread async actor graph vector search index schema contract privacy security "
    "identity mobile web compose server client platform network protocol storage "
    "database migration refactor legacy journey lessons practical hands-on future "
    "state architecture pattern the a of and to in for with from how why what we our "
    "your"
).split()

FIRST_NAMES = (  # noqa: SIM905 (a word list reads better as prose)
    "Aasne AJ Alice Ana Bruno Chloé Dávid Emma Fatima Giulia Hannah Ilse Jörg Kenji "
    "Lena Márton Matthew Michael Michaël Nadia Olu Øystein Priya Quentin Rosa Sven "
    "Tomás Uma Valentina Wei Xavier Yusuf Zoë Zeynep"
).split()

LAST_NAMES = (  # noqa: SIM905 (a word list reads better as prose)
    "Andersen Brown Čapek Dubois Evans Fischer García Holt Ivanova Jansen Kowalski "
    "Lindqvist Maillot Nakamura O'Brien Pereira Quinn Rossi Seidl Tanaka Újvári "
    "Varga Weber Xu Yilmaz Zimmermann"
).split()

TAG_LINES = (
    "Developer Advocate",
    "Staff Engineer",
    "Principal Architect",
    "Engineering Manager",
    "Independent Consultant",
    "Data Scientist",
    "Product Designer",
    "CTO",
)


def guid(rng: random.Random) -> str:
    """A lowercase hyphenated version-4 GUID drawn from ``rng`` (so it repeats)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choices(WORDS, k=words))
    return text[:1].upper() + text[1:]


def paragraphs(rng: random.Random, count: int, words: int) -> str:
    # Real descriptions and bios keep Windows line breaks between paragraphs.
    return "\r\n\r\n".join(sentence(rng, words) + "." for _ in range(count))


def title(rng: random.Random) -> str:
    return sentence(rng, rng.randint(3, 9))


def answer(rng: random.Random, question_type: str) -> str:
    """A plausible answer to a question of this type."""
    if question_type == "Web_address":
        return f"https://video.example.org/{rng.getrandbits(40):x}"
    if question_type == "Long_Text":
        return paragraphs(rng, 2, 30)
    return sentence(rng, rng.randint(1, 4))
