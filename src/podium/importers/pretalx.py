"""Import a pretalx event: its public frab schedule, and with an API token its speakers'
biographies and avatars from the REST API.

A caller (the command, or a mirror) fetches with :func:`fetch_pretalx` and writes with
:func:`import_pretalx_source`; :func:`import_pretalx` does both.
"""

import dataclasses
import urllib.parse
from dataclasses import dataclass, field

from podium.importers.errors import SessionizeError
from podium.importers.frab.fields import text
from podium.importers.frab.parse import parse_schedule
from podium.importers.frab.schedule import Schedule
from podium.importers.frab.write import import_schedule
from podium.importers.reader import Node
from podium.importers.sessionize import decode
from podium.importers.source import read_source
from podium.importers.writer import ImportResult, check_options

MAX_PAGES = 1000  # the API answers 50 speakers a page: far beyond any real event


@dataclass(frozen=True)
class PretalxUrls:
    slug: str  # the pretalx event's slug
    schedule: str
    speakers: str

    @classmethod
    def of(cls, event_url: str) -> "PretalxUrls":
        parts = urllib.parse.urlsplit(event_url)
        segments = [segment for segment in parts.path.split("/") if segment]
        if parts.scheme not in ("http", "https") or not parts.netloc or not segments:
            raise SessionizeError(
                f"{event_url}: not a pretalx event URL like https://pretalx.example.org/myconf/"
            )
        *prefix, slug = segments
        root = f"{parts.scheme}://{parts.netloc}/" + "".join(f"{s}/" for s in prefix)
        return cls(
            slug=slug,
            schedule=f"{root}{slug}/schedule/export/schedule.json",
            speakers=f"{root}api/events/{slug}/speakers/",
        )


@dataclass(frozen=True)
class PretalxSource:
    """What was fetched: the schedule's bytes and the speakers API's pages, if any."""

    schedule: bytes
    speaker_pages: list[tuple[str, bytes]] = field(default_factory=list)  # (URL, body)


def fetch_pretalx(urls: PretalxUrls, token: str | None = None) -> PretalxSource:
    schedule = read_source(urls.schedule)
    if token is None:
        return PretalxSource(schedule)
    pages = []
    url: str | None = urls.speakers
    while url is not None:
        if len(pages) == MAX_PAGES:
            raise SessionizeError(f"{urls.speakers}: more than {MAX_PAGES} pages of speakers")
        body = read_source(url, headers={"Authorization": f"Token {token}"})
        pages.append((url, body))
        url = next_page(url, body)
    return PretalxSource(schedule, pages)


def next_page(url: str, body: bytes) -> str | None:
    following = located(url, lambda: Node(decode(body), "").string("next", null=True, default=None))
    if following is not None and origin(following) != origin(url):
        # The token goes with every request: never to a server other than the event's.
        raise SessionizeError(f"{url}: the next page {following} is on another server")
    return following


def pretalx_schedule(source: PretalxSource) -> Schedule:
    """The schedule, its persons completed with what the speakers API says of them."""
    schedule = parse_schedule(source.schedule)
    found: dict[str, dict] = {}
    for url, body in source.speaker_pages:
        found.update(located(url, lambda body=body: speaker_details(body)))
    schedule.events = [
        dataclasses.replace(
            event,
            persons=tuple(
                dataclasses.replace(person, **found[person.code])
                if person.code in found
                else person
                for person in event.persons
            ),
        )
        for event in schedule.events
    ]
    return schedule


def speaker_details(body: bytes) -> dict[str, dict]:
    details = {}
    for speaker in Node(decode(body), "").objects("results"):
        # Newer pretalx versions call the picture avatar_url.
        key = "avatar_url" if "avatar_url" in speaker.value else "avatar"
        details[speaker.string("code")] = {
            "biography": text(speaker, "biography"),
            "avatar": text(speaker, key, limit=1000),
        }
    return details


def located(url: str, read):
    try:
        return read()
    except SessionizeError as exc:
        raise SessionizeError(f"{url}: {exc}") from None


def origin(url: str) -> tuple[str, str]:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme, parts.netloc


def import_pretalx_source(source: PretalxSource, *, slug: str, **options) -> ImportResult:
    return import_schedule(pretalx_schedule(source), slug=slug, **options)


def import_pretalx(
    event_url: str,
    *,
    slug: str | None = None,
    token: str | None = None,
    name: str | None = None,
    time_zone: str | None = None,
) -> ImportResult:
    """Create or update an event from a pretalx event (``slug`` defaults to pretalx's)."""
    urls = PretalxUrls.of(event_url)
    slug = slug or urls.slug
    check_options(slug, name, time_zone)  # before anything is fetched
    source = fetch_pretalx(urls, token)
    return import_pretalx_source(source, slug=slug, name=name, time_zone=time_zone)
