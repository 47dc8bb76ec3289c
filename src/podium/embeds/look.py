"""How an embed endpoint looks: its accent colour, clock, label language and photos."""

from dataclasses import dataclass

from podium.publish.option_table import Clock, Language

# Links on white and white on it both reach 4.5:1 (WCAG 2.1 AA).
DEFAULT_ACCENT = "#1d5fa8"


@dataclass(frozen=True, slots=True)
class Look:
    accent: str = DEFAULT_ACCENT
    clock: str = Clock.H24
    language: str = Language.EN
    photos: bool = True

    @property
    def hour12(self) -> bool:
        return self.clock == Clock.H12


def look_of(endpoint) -> Look:
    """The endpoint's embed options, read from fields it already holds (no query)."""
    return Look(
        accent=endpoint.embed_accent or DEFAULT_ACCENT,
        clock=endpoint.embed_clock,
        language=endpoint.embed_language,
        photos=endpoint.embed_photos,
    )
