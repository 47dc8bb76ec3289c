"""What the embed templates show of each session and speaker, made once per render.

Cards hold display text only: wall-clock times in the event's zone on the endpoint's
clock, the names of the exposed custom fields, and the anchors the dialogs open by.
The instants themselves go along in UTC, for the switch to the viewer's own zone.
"""

import datetime as dt
from dataclasses import dataclass, field

from podium.embeds.look import Look
from podium.program.models.target import Target
from podium.publish.records import Publication, Session, Speaker
from podium.publish.wall_clock import WallClock

ISO_UTC = "%Y-%m-%dT%H:%M:%SZ"


def session_anchor(session_id: str) -> str:
    return f"podium-s-{session_id}"


def speaker_anchor(speaker_id: str) -> str:
    return f"podium-p-{speaker_id}"


@dataclass
class Field:
    label: str
    values: list[str]
    is_link: bool = False


@dataclass
class SessionCard:
    record: Session
    anchor: str
    starts: dt.datetime | None  # on the event's wall clock
    ends: dt.datetime | None
    start_text: str
    end_text: str
    start_iso: str
    end_iso: str
    room: str
    speakers: list[tuple[str, str]]  # (anchor, name)
    fields: list[Field]
    item_ids: str  # space-separated, for the category filters

    @property
    def day(self) -> dt.date | None:
        return self.starts.date() if self.starts else None

    @property
    def search_text(self) -> str:
        names = " ".join(name for _, name in self.speakers)
        return f"{self.record.title} {names} {self.room}".lower()


@dataclass
class SpeakerCard:
    record: Speaker
    anchor: str
    initials: str
    photo: str | None
    sessions: list[SessionCard] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)


class Cards:
    """Every card of one publication, each made once whatever the view repeats."""

    def __init__(self, publication: Publication, look: Look):
        self.publication = publication
        self.look = look
        self.clock = WallClock.of_zone(publication.event.time_zone)
        self.time_format = "%I:%M %p" if look.hour12 else "%H:%M"
        categories, questions = publication.of_type(Target.SESSION)
        self.sessions = {
            s.id: self.session_card(s, categories, questions) for s in publication.sessions
        }
        categories, questions = publication.of_type(Target.SPEAKER)
        self.speakers = {
            p.id: self.speaker_card(p, categories, questions) for p in publication.speakers
        }

    def text(self, local: dt.datetime | None) -> str:
        if local is None:
            return ""
        text = local.strftime(self.time_format)
        return text[1:] if self.look.hour12 and text.startswith("0") else text

    def session_card(self, session: Session, categories, questions) -> SessionCard:
        local = self.clock.local
        starts = local(session.starts) if session.starts else None
        ends = local(session.ends) if session.ends else None
        speakers = self.publication.speaker_by_id
        return SessionCard(
            record=session,
            anchor=session_anchor(session.id),
            starts=starts,
            ends=ends,
            start_text=self.text(starts),
            end_text=self.text(ends),
            start_iso=session.starts.strftime(ISO_UTC) if session.starts else "",
            end_iso=session.ends.strftime(ISO_UTC) if session.ends else "",
            room=session.room.name if session.room else "",
            speakers=[
                (speaker_anchor(i), speakers[i].full_name)
                for i in session.speaker_ids
                if i in speakers
            ],
            fields=custom_fields(session, categories, questions),
            item_ids=" ".join(str(item.id) for item in session.items),
        )

    def speaker_card(self, speaker: Speaker, categories, questions) -> SpeakerCard:
        initials = "".join(part[:1] for part in (speaker.first_name, speaker.last_name)).upper()
        return SpeakerCard(
            record=speaker,
            anchor=speaker_anchor(speaker.id),
            initials=initials or speaker.full_name[:1].upper(),
            photo=speaker.profile_picture if self.look.photos else None,
            sessions=[self.sessions[i] for i in speaker.session_ids if i in self.sessions],
            fields=custom_fields(speaker, categories, questions),
        )


def custom_fields(owner, categories, questions) -> list[Field]:
    """The exposed categories (by title, their items) and answered questions of an owner."""
    fields = []
    for category in categories:
        names = [item.name for item in owner.items if item.category_id == category.id]
        if names:
            fields.append(Field(category.title, names))
    answers = {answer.question_id: answer.value for answer in owner.answers}
    for question in questions:
        value = answers.get(question.id)
        if value:
            is_link = question.question_type == "Web_address" and value.startswith(
                ("https://", "http://")
            )
            fields.append(Field(question.question, [value], is_link))
    return fields
