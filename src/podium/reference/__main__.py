"""``python -m podium.reference DOCS_DIR``: rewrite the generated sections (``make docs``)."""

import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m podium.reference DOCS_DIR", file=sys.stderr)
        return 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "podium.settings")
    import django

    django.setup()
    from podium.reference import MarkerError, pages

    try:
        generated = pages(Path(argv[0]))
    except (MarkerError, OSError) as error:
        print(f"make docs: {error}", file=sys.stderr)
        return 1
    for path, (current, wanted) in generated.items():
        if current != wanted:
            path.write_text(wanted, encoding="utf-8")
            print(f"updated {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
