"""Reading the request headers that decide between 200, 304, gzip and identity."""


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an ``Accept-Encoding`` value allows gzip (``q=0`` refuses it)."""
    gzip_q = star_q = None
    for part in accept_encoding.split(","):
        coding, _, params = part.strip().partition(";")
        coding = coding.strip().lower()
        q = quality(params)
        if coding in {"gzip", "x-gzip"}:
            gzip_q = q
        elif coding == "*":
            star_q = q
    if gzip_q is not None:
        return gzip_q > 0
    return star_q is not None and star_q > 0


def quality(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return float(value)
            except ValueError:
                return 0.0
    return 1.0


def matching_tag(if_none_match: str, tags: tuple[str, ...]) -> str | None:
    """The first of ``tags`` that ``If-None-Match`` names, or None.

    Weak comparison as HTTP prescribes for this header: ``W/"x"`` matches ``"x"``.
    A list matches when any member does; ``*`` matches any current representation.
    """
    for candidate in if_none_match.split(","):
        candidate = candidate.strip()
        if candidate == "*":
            return tags[0]
        if candidate[:2] in {"W/", "w/"}:
            candidate = candidate[2:]
        if candidate in tags:
            return candidate
    return None
