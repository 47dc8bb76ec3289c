"""Temporary stand-in until the real view builders land; replaced by the merge."""

VIEWS: dict[str, str] = {
    "all": "All",
    "sessions": "Sessions",
    "speakers": "Speakers",
    "gridsmart": "GridSmart",
    "gridtable": "GridSmart",
    "speakerwall": "SpeakerWall",
}


def build_view(endpoint, view: str) -> object:
    from podium.program.models import Session

    sessions = [
        {"id": s.public_id, "title": s.title}
        for s in Session.objects.filter(event_id=endpoint.event_id).order_by("starts_at", "pk")
    ]
    return [{"groupId": None, "groupName": "All", "sessions": sessions, "isDefault": False}]
