"""The SpeakerWall view: a light list of speakers for a wall of faces.

Sessionize shuffles this list; podium keeps the Speakers view's order, so the
wall is stable between requests (and caches).
"""

from podium.publish.records import Publication


def build_speaker_wall(publication: Publication) -> list[dict]:
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
        for speaker in publication.speakers
        if speaker.is_top_speaker or not publication.wall_top_speakers_only
    ]
