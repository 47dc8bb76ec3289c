"""All-view sessions as the wire shows them, built in code for importer, builder, format tests."""


def all_session(id: str, title: str, starts: str | None, ends: str | None, room, **over) -> dict:
    """A regular, accepted, informed and confirmed session of the All view, keys in wire order."""
    return {
        "id": id,
        "title": title,
        "description": f"About {title}.",
        "startsAt": starts,
        "endsAt": ends,
        "isServiceSession": False,
        "isPlenumSession": False,
        "speakers": [],
        "categoryItems": [],
        "questionAnswers": [],
        "roomId": room,
        "liveUrl": None,
        "recordingUrl": None,
        "status": "Accepted",
        "isInformed": True,
        "isConfirmed": True,
    } | over


def all_service_session(id: str, title: str, starts: str, ends: str, room, **over) -> dict:
    """A break or lunch: no description, status null, neither informed nor confirmed."""
    service = {"description": None, "isServiceSession": True, "status": None}
    return (
        all_session(id, title, starts, ends, room, **service, isInformed=False, isConfirmed=False)
        | over
    )
