"""Publication order of sessions and speakers, as the wire format states it."""

import unicodedata
from functools import lru_cache

# Letters that carry their mark in the glyph itself (no Unicode decomposition):
# a culture-aware collation files them under the plain letter, as an accent.
STROKED = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i"}
)
EXPANDED = {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH"}


@lru_cache(maxsize=8192)
def name_key(name: str) -> tuple[str, str, str]:
    """Sort key for one name part: letters first, then accents, then case.

    Compares like a culture-aware collation: "Márton" < "Matthew" (accents
    ignored at first), "Michael" < "Michaël" (the unaccented one first when the
    letters tie), "aj" < "AJ" (lower case first when all else ties).
    """
    # Accents: each letter's marks then NUL, so a bare letter sorts first.
    # Case: swapcase puts lower case first ("A" < "a" in code points).
    if name.isascii():
        return (name.lower(), "\0" * len(name), name.swapcase())
    letters: list[str] = []
    accents: list[str] = []
    for char in name:
        plain = EXPANDED.get(char)
        if plain is not None:
            mark = char
        else:
            base = unicodedata.normalize("NFD", char)
            plain = base[0].translate(STROKED)
            mark = base[1:] + ("/" if plain != base[0] else "")
        letters.append(plain)
        accents.append((mark + "\0") * len(plain))
    plain = "".join(letters)
    return (plain.casefold(), "".join(accents), plain.swapcase())


def speaker_key(first_name: str, last_name: str, pk: int) -> tuple:
    return (name_key(first_name), name_key(last_name), pk)


def session_key(starts_at, room_sort: int | None, pk: int) -> tuple:
    """By start time, then room sort (no room last); unscheduled sessions last."""
    if starts_at is None:
        return (1, 0, 0, 0, pk)
    return (0, starts_at, 0 if room_sort is not None else 1, room_sort or 0, pk)


def speaker_session_key(speaker, session, rank: int) -> tuple:
    """A speaker's sessions: imported places first, the others by ``rank`` (session order)."""
    position = speaker.positions.get(session.pk)
    return (0, position) if position is not None else (1, rank)
