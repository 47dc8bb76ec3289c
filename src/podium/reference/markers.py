"""Generated blocks inside hand-written Markdown.

A block sits between ``<!-- make docs: TITLE -->`` and ``<!-- end make docs -->``;
``fill`` replaces what is between them and leaves every other line alone.
"""

import re

BLOCK = re.compile(r"(<!-- make docs: (.+?) -->\n)(.*?)(<!-- end make docs -->)", re.S)


class MarkerError(Exception):
    """The page's markers do not match the blocks the code generates."""


def fill(page: str, blocks: dict[str, str], name: str) -> str:
    """``page`` with every block replaced by ``blocks[title]``; each title exactly once."""
    found = [match.group(2) for match in BLOCK.finditer(page)]
    repeated = sorted({title for title in found if found.count(title) > 1})
    unknown = sorted(set(found) - set(blocks))
    missing = [title for title in blocks if title not in found]
    problems = []
    if repeated:
        problems.append("repeated: " + ", ".join(repeated))
    if unknown:
        problems.append("nothing generates: " + ", ".join(unknown))
    if missing:
        problems.append(
            "no place for: "
            + ", ".join(missing)
            + " (add `<!-- make docs: TITLE -->` and `<!-- end make docs -->` lines where "
            "each belongs)"
        )
    if problems:
        raise MarkerError(f"{name}: " + "; ".join(problems))
    return BLOCK.sub(lambda m: m.group(1) + blocks[m.group(2)] + m.group(4), page)
