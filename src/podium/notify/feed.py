"""The change feed of an endpoint: ``/api/v2/{id}/changes?since=n`` and ``changes.atom``.

Publications never change once recorded, so an answer is named by the latest number
(its ETag) and costs the same few queries however long the history is.
"""

import hashlib

import orjson
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from podium.notify.describe import describe
from podium.notify.models import Publication
from podium.notify.payload import publication_data
from podium.publish.http import cors, json_error, public_api
from podium.publish.lookup import published_endpoint
from podium.publish.negotiate import matching_tag
from podium.publish.views import endpoint_not_found

PAGE = 50
FEED_ENTRIES = 50


# The largest publication number a database column holds (a 32-bit integer).
MAX_SINCE = 2**31 - 1


def since_of(request: HttpRequest) -> int | None:
    raw = request.GET.get("since", "0").strip()
    # The length check first: int() of a huge string of digits is slow.
    if not (raw.isascii() and raw.isdigit()) or len(raw) > len(str(MAX_SINCE)):
        return None
    since = int(raw)
    return since if since <= MAX_SINCE else None


def revalidated(request: HttpRequest, response: HttpResponse, *parts) -> HttpResponse:
    """ETag and 304: clients ask each time (no-cache), and mostly get a 304."""
    tag = '"' + hashlib.blake2b(repr(parts).encode(), digest_size=12).hexdigest() + '"'
    if matching_tag(request.headers.get("If-None-Match", ""), (tag,)) is not None:
        response = HttpResponse(status=304)
        del response["Content-Type"]
    elif request.method == "HEAD":
        response["Content-Length"] = str(len(response.content))
        response.content = b""
    response["ETag"] = tag
    response["Cache-Control"] = "no-cache"
    return cors(response)


@public_api
def changes(request: HttpRequest, endpoint_id: str) -> HttpResponse:
    since = since_of(request)
    if since is None:
        given = request.GET.get("since", "")
        return json_error(400, f"since: use a publication number (0 to {MAX_SINCE}), not {given!r}")
    endpoint = published_endpoint(endpoint_id)
    if endpoint is None:
        return endpoint_not_found(endpoint_id)
    mine = Publication.objects.filter(endpoint_id=endpoint.pk)
    latest = mine.aggregate(latest=Max("number"))["latest"] or 0
    page = list(mine.filter(number__gt=since).order_by("number")[: PAGE + 1])
    more = len(page) > PAGE
    page = page[:PAGE]
    body = {
        "endpoint": endpoint.id,
        "latest": latest,
        "since": since,
        "publications": [publication_data(publication) for publication in page],
        "next": f"{request.path}?since={page[-1].number}" if more else None,
    }
    response = HttpResponse(orjson.dumps(body), content_type="application/json; charset=utf-8")
    return revalidated(request, response, endpoint.id, endpoint.version, latest, since)


@public_api
def changes_atom(request: HttpRequest, endpoint_id: str) -> HttpResponse:
    endpoint = published_endpoint(endpoint_id)
    if endpoint is None:
        return endpoint_not_found(endpoint_id)
    recent = list(
        Publication.objects.filter(endpoint_id=endpoint.pk).order_by("-number")[:FEED_ENTRIES]
    )
    here = request.build_absolute_uri(request.path)
    changes_page = request.build_absolute_uri(
        reverse("endpoint-changes", kwargs={"endpoint_id": endpoint.id})
    )
    feed = Atom1Feed(
        title=f"{endpoint.event.name}: program changes",
        link=changes_page,
        description=f"Each new version of the program endpoint {endpoint.id} publishes.",
        feed_url=here,
        feed_guid=here,
    )
    for publication in recent:
        feed.add_item(
            title=f"v{publication.number}: {describe(publication.summary)}",
            link=f"{changes_page}?since={publication.number - 1}",
            description=describe(publication.summary),
            unique_id=f"{here}#v{publication.number}",
            pubdate=publication.published_at,
            updateddate=publication.published_at,
        )
    response = HttpResponse(
        feed.writeString("utf-8"), content_type="application/atom+xml; charset=utf-8"
    )
    latest = recent[0].number if recent else 0
    return revalidated(request, response, "atom", endpoint.id, endpoint.version, latest, here)
