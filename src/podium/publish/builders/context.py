"""What every view builder needs: the program, the options applied to it, time formats."""

import datetime as dt
from functools import cached_property

from podium.program.models.target import Target
from podium.program.queries import Program, Session, Speaker, load_program
from podium.program.queries.ordering import speaker_session_key
from podium.publish.options import EndpointOptions


class ViewContext:
    """The program as one endpoint publishes it (custom fields, schedule, times)."""

    def __init__(self, program: Program, options: EndpointOptions):
        self.program = program
        self.options = options
        event = program.event
        self.schedule_visible = bool(event.schedule_announced or options.show_schedule)
        self.tz = dt.UTC if options.utc_times else event.tz
        self.suffix = "Z" if options.utc_times else ""
        categories = [c for c in program.categories if c.pk in options.exposed_category_ids]
        self.categories = categories
        self.session_categories = [c for c in categories if c.type == Target.SESSION]
        self.speaker_categories = [c for c in categories if c.type == Target.SPEAKER]
        self.exposed_items = {item.pk for c in categories for item in c.items}
        questions = [q for q in program.questions if q.pk in options.exposed_question_ids]
        self.questions = questions
        self.session_questions = [q for q in questions if q.target == Target.SESSION]
        self.speaker_questions = [q for q in questions if q.target == Target.SPEAKER]
        self.exposed_questions = {q.pk for q in questions}
        self._local: dict[dt.datetime, dt.datetime] = {}
        self._times: dict[dt.datetime, str] = {}

    @classmethod
    def for_endpoint(cls, endpoint) -> "ViewContext":
        options = EndpointOptions.from_endpoint(endpoint)
        program = load_program(
            endpoint.event,
            include_uninformed=options.include_uninformed,
            service_sessions=options.service_sessions,
        )
        return cls(program, options)

    @cached_property
    def sessions(self) -> list[Session]:
        """Published order; while the schedule is hidden, creation order (no hint of it)."""
        if self.schedule_visible:
            return self.program.sessions
        return sorted(self.program.sessions, key=lambda session: session.pk)

    def sessions_of(self, speaker: Speaker) -> list[Session]:
        """A speaker's sessions; while the schedule is hidden, unplaced ones by creation."""
        if self.schedule_visible:
            return speaker.sessions
        return sorted(speaker.sessions, key=lambda s: speaker_session_key(speaker, s, s.pk))

    def local(self, value: dt.datetime) -> dt.datetime:
        """The wall-clock time the wire shows (event time zone, or UTC)."""
        shown = self._local.get(value)
        if shown is None:
            shown = self._local[value] = value.astimezone(self.tz)
        return shown

    def time(self, value: dt.datetime | None) -> str | None:
        """A wire timestamp, or null when unset or while the schedule is hidden."""
        if value is None or not self.schedule_visible:
            return None
        text = self._times.get(value)
        if text is None:
            text = self._times[value] = f"{self.local(value):%Y-%m-%dT%H:%M:%S}{self.suffix}"
        return text
