"""The HTML fragment of one embed view: what ``?under=True`` answers and every embed shows."""

from django.template.loader import render_to_string
from django.utils import translation

from podium.embeds.cards import Cards
from podium.embeds.grid import grid_days
from podium.embeds.look import Look
from podium.program.models.target import Target
from podium.publish.builders.sessions import session_groups
from podium.publish.records import Publication

EMBED_VIEWS = ("GridSmart", "Sessions", "Speakers", "SpeakerWall")
TEMPLATES = {view: f"embeds/{view.lower()}.html" for view in EMBED_VIEWS}


def view_context(view: str, cards: Cards) -> dict:
    publication = cards.publication
    if view == "GridSmart":
        return {"days": grid_days(cards)}
    if view == "Sessions":
        groups = [
            (item.name if item else None, [cards.sessions[s.id] for s in sessions])
            for item, sessions in session_groups(publication)
        ]
        categories, _ = publication.of_type(Target.SESSION)
        return {"groups": groups, "filters": [c for c in categories if c.items]}
    speakers = publication.speakers
    if view == "SpeakerWall" and publication.wall_top_speakers_only:
        speakers = [s for s in speakers if s.is_top_speaker]
    return {"speakers": [cards.speakers[s.id] for s in speakers]}


def render_fragment(view: str, publication: Publication, look: Look) -> str:
    """The view's markup, with every session and speaker's details for the dialogs."""
    cards = Cards(publication, look)
    context = {
        "view": view,
        "look": look,
        "event": publication.event,
        "schedule_visible": publication.schedule_visible,
        "session_details": list(cards.sessions.values()),
        "speaker_details": list(cards.speakers.values()),
        **view_context(view, cards),
    }
    with translation.override(look.language):
        return render_to_string(TEMPLATES[view], context)
