"""Check parsed values against the database's column sizes before anything is written.

SQLite would store an over-long value silently and PostgreSQL would fail in the
middle of the transaction; either way the user deserves a message naming the place.
Long texts (descriptions, bios, answers) have no column size: ``PODIUM_IMPORT_MAX_TEXT``
bounds them, so that one field cannot make every response that shows it huge.
"""

from django.conf import settings

from podium.importers import program as p
from podium.importers.errors import SessionizeError
from podium.program import models as m

# (model, {dataclass attribute: (wire key, model field)})
SORT = {"sort": ("sort", "sort")}
ROOM = (m.Room, {"name": ("name", "name"), **SORT})
CATEGORY = (m.Category, {"title": ("title", "title"), **SORT})
ITEM = (m.CategoryItem, {"name": ("name", "name"), **SORT})
QUESTION = (
    m.Question,
    {
        "question": ("question", "question"),
        "question_type": ("questionType", "question_type"),
        **SORT,
    },
)
SPEAKER = (
    m.Speaker,
    {
        "id": ("id", "public_id"),
        "first_name": ("firstName", "first_name"),
        "last_name": ("lastName", "last_name"),
        "tag_line": ("tagLine", "tag_line"),
        "profile_picture": ("profilePicture", "profile_picture"),
        "bio": ("bio", "bio"),
    },
)
LINK = (
    m.SpeakerLink,
    {"title": ("title", "title"), "url": ("url", "url"), "link_type": ("linkType", "link_type")},
)
SESSION = (
    m.Session,
    {
        "id": ("id", "public_id"),
        "title": ("title", "title"),
        "live_url": ("liveUrl", "live_url"),
        "recording_url": ("recordingUrl", "recording_url"),
        "description": ("description", "description"),
    },
)
ANSWER = (m.SessionAnswer, {"value": ("answerValue", "value")})


def check_limits(program: p.ParsedProgram) -> None:
    for i, room in enumerate(program.rooms):
        fits(room, f"rooms[{i}]", ROOM)
    for i, category in enumerate(program.categories):
        fits(category, f"categories[{i}]", CATEGORY)
        for j, item in enumerate(category.items):
            fits(item, f"categories[{i}].items[{j}]", ITEM)
    for i, question in enumerate(program.questions):
        fits(question, f"questions[{i}]", QUESTION)
    for i, speaker in enumerate(program.speakers):
        fits(speaker, f"speakers[{i}]", SPEAKER)
        for j, link in enumerate(speaker.links):
            fits(link, f"speakers[{i}].links[{j}]", LINK)
        for j, answer in enumerate(speaker.answers):
            fits(answer, f"speakers[{i}].questionAnswers[{j}]", ANSWER)
    for i, session in enumerate(program.sessions):
        fits(session, f"sessions[{i}]", SESSION)
        for j, answer in enumerate(session.answers):
            fits(answer, f"sessions[{i}].questionAnswers[{j}]", ANSWER)


# Sort values are 32-bit integer columns (IntegerField) in every database podium supports.
SMALLEST_SORT, LARGEST_SORT = -(2**31), 2**31 - 1


def fits(obj: object, where: str, rule: tuple) -> None:
    model, columns = rule
    for attribute, (wire_key, field_name) in columns.items():
        value = getattr(obj, attribute)
        if isinstance(value, int):
            if not SMALLEST_SORT <= value <= LARGEST_SORT:
                raise SessionizeError(
                    f"{where}.{wire_key}: {value} is outside {SMALLEST_SORT} to {LARGEST_SORT}"
                )
            continue
        if value is None:
            continue
        limit = model._meta.get_field(field_name).max_length
        if limit is None:
            most = settings.PODIUM_IMPORT_MAX_TEXT
            if len(value) > most:
                raise SessionizeError(
                    f"{where}.{wire_key}: {len(value):,} characters, more than the {most:,} "
                    "podium imports (PODIUM_IMPORT_MAX_TEXT)"
                )
        elif len(value) > limit:
            raise SessionizeError(
                f"{where}.{wire_key}: {len(value)} characters, more than the {limit} podium stores"
            )
