"""Get Code, preview and clear cache: using an endpoint once it exists."""

import orjson
from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from podium.console.access import event_view, owned
from podium.console.api_urls import endpoint_schedule_urls, endpoint_view_urls, examples
from podium.embeds.fragment import EMBED_VIEWS
from podium.embeds.snippets import snippets
from podium.publish.builders import VIEWS
from podium.publish.cache import clear_endpoint
from podium.publish.models import Endpoint
from podium.publish.render import render_endpoint_view

# A preview is for reading: very large bodies are cut (the URL serves them whole).
PREVIEW_CHARS = 200_000


@event_view
def get_code(request, event, endpoint_id):
    endpoint = owned(Endpoint.objects, event, pk=endpoint_id)
    views = [{"name": view, "url": url} for view, url in endpoint_view_urls(request, endpoint)]
    sample = views[0]["url"] if views else ""
    context = {
        "event": event,
        "endpoint": endpoint,
        "views": views,
        "schedules": [
            {"name": label, "url": url} for label, url in endpoint_schedule_urls(request, endpoint)
        ],
        "examples": examples(sample, endpoint.format).items() if sample else [],
    }
    if endpoint.format == "embed":
        context["embed"] = embed_context(request, endpoint)
    return render(request, "console/endpoints/code.html", context)


def embed_context(request, endpoint) -> dict:
    """Snippets and live previews of the view chosen by ``?view=`` (the schedule first)."""
    view = request.GET.get("view", EMBED_VIEWS[0])
    if view not in EMBED_VIEWS:
        view = EMBED_VIEWS[0]
    return {
        "view": view,
        "views": EMBED_VIEWS,
        "snippets": snippets(request.build_absolute_uri("/"), endpoint.id, view),
        "page": f"/embed/{endpoint.id}/{view}",
    }


@event_view
def preview(request, event, endpoint_id, view):
    endpoint = owned(Endpoint.objects, event, pk=endpoint_id)
    answered = [name for name, _ in endpoint_view_urls(request, endpoint)]
    canonical = VIEWS.get(view.lower())
    if canonical not in answered:
        raise Http404("No such view")
    rendered = render_endpoint_view(endpoint, canonical)
    text = pretty(rendered.body, rendered.content_type)
    context = {
        "event": event,
        "endpoint": endpoint,
        "view": canonical,
        "views": answered,
        "content_type": rendered.content_type,
        "size": len(rendered.body),
        "text": text[:PREVIEW_CHARS],
        "truncated": len(text) > PREVIEW_CHARS,
    }
    return render(request, "console/endpoints/preview.html", context)


def pretty(body: bytes, content_type: str) -> str:
    if content_type.startswith("application/json"):
        return orjson.dumps(orjson.loads(body), option=orjson.OPT_INDENT_2).decode()
    return body.decode("utf-8", errors="replace")


@require_POST
@event_view
def clear_cache(request, event, endpoint_id):
    endpoint = owned(Endpoint.objects, event, pk=endpoint_id)
    clear_endpoint(endpoint)
    views = ", ".join(name for name, _ in endpoint_view_urls(request, endpoint))
    messages.success(
        request,
        f"Cleared the server cache of endpoint {endpoint.id} ({views}): the next request of "
        f"each view renders afresh. Browsers and proxies may keep their copy for up to "
        f"{settings.PODIUM_CACHE_TTL} seconds.",
    )
    if request.POST.get("back") == "code":
        return redirect("console:endpoint-code", event.slug, endpoint.id)
    return redirect("console:endpoints", event.slug)
