"""The generated reference sections of docs/cli.md and docs/config.md (``make docs``).

``pages(docs_dir)`` gives each page's text as the code describes it; ``make docs``
writes them, and a test fails while the committed pages differ.
"""

from pathlib import Path

from podium.reference.cli import cli_blocks
from podium.reference.config import config_blocks
from podium.reference.markers import MarkerError, fill

__all__ = ["MarkerError", "pages"]

GENERATORS = {"cli.md": cli_blocks, "config.md": config_blocks}


def pages(docs_dir: Path) -> dict[Path, tuple[str, str]]:
    """Each generated page: (its current text, the text it should have)."""
    found = {}
    for name, blocks in GENERATORS.items():
        path = docs_dir / name
        current = path.read_text(encoding="utf-8")
        found[path] = (current, fill(current, blocks(), name))
    return found
