"""The Speakers view: every published speaker with their sessions and custom fields."""

from podium.publish.builders.shapes import Shapes, wire_session_id
from podium.publish.records import Publication, Speaker


def build_speakers(publication: Publication) -> list[dict]:
    shapes = Shapes(publication)
    return [speaker_object(shapes, speaker) for speaker in publication.speakers]


def speaker_object(shapes: Shapes, speaker: Speaker) -> dict:
    sessions = shapes.publication.session_by_id
    return {
        "id": speaker.id,
        "firstName": speaker.first_name,
        "lastName": speaker.last_name,
        "fullName": speaker.full_name,
        "bio": speaker.bio,
        "tagLine": speaker.tag_line,
        "profilePicture": speaker.profile_picture,
        "sessions": [
            {"id": wire_session_id(s), "name": sessions[s].title} for s in speaker.session_ids
        ],
        "isTopSpeaker": speaker.is_top_speaker,
        "links": shapes.links(speaker),
        "questionAnswers": shapes.question_answers(speaker, shapes.speaker_questions),
        "categories": shapes.categories(speaker, shapes.speaker_categories),
    }
