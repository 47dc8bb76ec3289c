"""The Sessions view: sessions in groups (one "All" group, or by a session category)."""

from podium.publish.builders.context import ViewContext
from podium.publish.builders.parts import Parts


def build_sessions(context: ViewContext) -> list[dict]:
    parts = Parts(context)
    sessions = context.sessions
    category = grouping_category(context)
    if category is None:
        listed = [parts.listed_session(session) for session in sessions]
        return [{"groupId": None, "groupName": "All", "sessions": listed, "isDefault": False}]
    members: dict[int, list[dict]] = {item.pk: [] for item in category.items}
    for session in sessions:
        for item in session.items:
            group = members.get(item.pk)
            if group is not None:
                group.append(parts.listed_session(session))
    return [
        {
            "groupId": item.id,
            "groupName": item.name,
            "sessions": members[item.pk],
            "isDefault": False,
        }
        for item in category.items
        if members[item.pk]
    ]


def grouping_category(context: ViewContext):
    """The enabled session category the endpoint groups by, if any."""
    wanted = context.options.group_by
    if wanted is None:
        return None
    return next((c for c in context.session_categories if c.pk == wanted), None)
