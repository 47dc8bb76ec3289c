"""Which part of the event menu the current page belongs to."""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()

# URL name prefixes (see podium/console/urls.py) -> menu entry.
SECTIONS = [
    ("session", "sessions"),
    ("schedule", "schedule"),
    ("speaker", "speakers"),
    ("room", "rooms"),
    ("categor", "categories"),
    ("question", "questions"),
    ("import", "import"),
    ("endpoint", "endpoints"),
    ("webhook", "webhooks"),
    ("team", "team"),
    ("event-settings", "settings"),
    ("event-delete", "settings"),
]


@register.simple_tag(takes_context=True)
def nav_current(context, section: str) -> str:
    """``aria-current="page"`` on the menu entry of the page being shown."""
    match = getattr(context.get("request"), "resolver_match", None)
    name = match.url_name if match else ""
    current = next((entry for prefix, entry in SECTIONS if name.startswith(prefix)), None)
    return mark_safe('aria-current="page"') if current == section else ""
