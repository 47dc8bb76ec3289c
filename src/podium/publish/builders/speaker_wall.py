"""The SpeakerWall view: a light list of speakers for a wall of faces.

Sessionize shuffles this list; podium keeps the Speakers view's order, so the
wall is stable between requests (and caches).
"""

from podium.publish.builders.context import ViewContext


def build_speaker_wall(context: ViewContext) -> list[dict]:
    return [
        {
            "id": speaker.id,
            "firstName": speaker.first_name,
            "lastName": speaker.last_name,
            "fullName": speaker.full_name,
            "tagLine": speaker.tag_line,
            "profilePicture": speaker.profile_picture,
            "isTopSpeaker": speaker.is_top_speaker,
        }
        for speaker in context.program.speakers
        if speaker.is_top_speaker or not context.options.top_speakers_only
    ]
