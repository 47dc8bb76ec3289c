"""The code an organizer pastes into their website: script tag, iframe and web component."""

from dataclasses import dataclass

from podium.embeds.fragment import EMBED_VIEWS

TITLES = {
    "GridSmart": "Schedule",
    "Sessions": "Sessions",
    "Speakers": "Speakers",
    "SpeakerWall": "Speakers",
}


@dataclass(frozen=True)
class Snippet:
    key: str
    title: str
    help: str
    code: str


def snippets(base_url: str, endpoint_id: str, view: str) -> list[Snippet]:
    """The three ways to embed ``view`` of an endpoint served at ``base_url``."""
    if view not in EMBED_VIEWS:
        raise ValueError(f"{view!r} is not an embed view; use one of {', '.join(EMBED_VIEWS)}")
    base = base_url.rstrip("/")
    return [
        Snippet(
            "script",
            "Script tag",
            "Renders the view right where the tag stands, styled by podium. Works on any "
            "page, also when a single-page app inserts the tag later.",
            f'<script src="{base}/api/v2/{endpoint_id}/view/{view}"></script>',
        ),
        Snippet(
            "iframe",
            "Iframe",
            "A page of its own inside yours: nothing on either side can disturb the other. "
            "The script after it makes the frame as tall as the program.",
            f'<iframe src="{base}/embed/{endpoint_id}/{view}" title="{TITLES[view]}" '
            f'style="width:100%;height:800px;border:0" loading="lazy"></iframe>\n'
            f'<script src="{base}/embed/podium.js" async></script>',
        ),
        Snippet(
            "component",
            "Web component",
            "An element for sites built with components (React, Vue, Astro, ...): load the "
            "script once, then place the element wherever the program should be.",
            f'<script src="{base}/embed/podium.js" async></script>\n'
            f'<podium-schedule endpoint="{endpoint_id}" view="{view}"></podium-schedule>',
        ),
    ]
