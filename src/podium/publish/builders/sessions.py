"""The Sessions view: sessions in groups (one "All" group, or by a session category)."""

from podium.publish.builders.shapes import Shapes
from podium.publish.records import Item, Publication, Session


def session_groups(publication: Publication) -> list[tuple[Item | None, list[Session]]]:
    """(item, its sessions) per non-empty item of the grouping category, in item order;
    without one, a single group (None) of every session."""
    category = publication.group_by
    if category is None:
        return [(None, list(publication.sessions))]
    members: dict[int, list[Session]] = {item.id: [] for item in category.items}
    for session in publication.sessions:
        for item in session.items:
            group = members.get(item.id)
            if group is not None:
                group.append(session)
    return [(item, members[item.id]) for item in category.items if members[item.id]]


def build_sessions(publication: Publication) -> list[dict]:
    shapes = Shapes(publication)
    return [
        {
            "groupId": item.id if item else None,
            "groupName": item.name if item else "All",
            "sessions": [shapes.listed_session(session) for session in sessions],
            "isDefault": False,
        }
        for item, sessions in session_groups(publication)
    ]
