"""The Speakers view: every published speaker with their sessions and custom fields."""

from podium.program.queries import Speaker
from podium.publish.builders.context import ViewContext
from podium.publish.builders.parts import Parts, wire_session_id


def build_speakers(context: ViewContext) -> list[dict]:
    parts = Parts(context)
    return [speaker_object(parts, speaker) for speaker in context.program.speakers]


def speaker_object(parts: Parts, speaker: Speaker) -> dict:
    context = parts.context
    return {
        "id": speaker.id,
        "firstName": speaker.first_name,
        "lastName": speaker.last_name,
        "fullName": speaker.full_name,
        "bio": speaker.bio,
        "tagLine": speaker.tag_line,
        "profilePicture": speaker.profile_picture,
        "sessions": [
            {"id": wire_session_id(s), "name": s.title} for s in context.sessions_of(speaker)
        ],
        "isTopSpeaker": speaker.is_top_speaker,
        "links": parts.speaker_links(speaker),
        "questionAnswers": parts.question_answers(speaker, context.speaker_questions),
        "categories": parts.categories(speaker, context.speaker_categories),
    }
