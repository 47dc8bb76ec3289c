"""Reading the request headers that decide between 200, 304, gzip and identity."""


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an ``Accept-Encoding`` value allows gzip (``q=0`` refuses it)."""
    return accepts_coding(accept_encoding, {"gzip", "x-gzip"})


def accepts_brotli(accept_encoding: str) -> bool:
    """Whether an ``Accept-Encoding`` value allows brotli (``br``)."""
    return accepts_coding(accept_encoding, {"br"})


def accepts_coding(accept_encoding: str, names: set[str]) -> bool:
    named_q = star_q = None
    for part in accept_encoding.split(","):
        coding, _, params = part.strip().partition(";")
        coding = coding.strip().lower()
        q = quality(params)
        if coding in names:
            named_q = q
        elif coding == "*":
            star_q = q
    if named_q is not None:
        return named_q > 0
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
