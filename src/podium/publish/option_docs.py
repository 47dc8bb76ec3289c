"""The reference table of endpoint options in docs/api.md, written from the option table.

``python -m podium.publish.option_docs docs/api.md`` rewrites the text between the two
markers; a test fails when the committed docs differ from what this writes.
"""

import sys
from pathlib import Path

from podium.publish.option_table import OPTIONS, Kind, Option, Setter, default_text, lowered

BEGIN = "<!-- begin endpoint options: written by python -m podium.publish.option_docs -->"
END = "<!-- end endpoint options -->"


def render_option_reference() -> str:
    """A Markdown table: one row per option, in the table's order."""
    rows = [
        "| option | CLI | default | set in | effect |",
        "|---|---|---|---|---|",
    ]
    for option in OPTIONS:
        setters = ", ".join(setter for setter in Setter if setter in option.setters)
        cells = (option.label, cli_spelling(option), default_cell(option), setters, effect(option))
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def cli_spelling(option: Option) -> str:
    if option.kind is Kind.SWITCH:
        return f"`{option.flag}` / `{option.off_flag or '--no-' + option.flag_name}`"
    values = "|".join(option.choices.values) if option.kind is Kind.CHOICE else option.metavar
    return f"`{option.flag} {values}`".replace("|", "\\|")


def default_cell(option: Option) -> str:
    return f"`{option.default}`" if option.kind is Kind.CHOICE else default_text(option)


def effect(option: Option) -> str:
    sentences = [option.help]
    if option.kind is Kind.CHOICE:
        values = "; ".join(
            f"`{value}`: {lowered(label)}" for value, label in option.choices.choices
        )
        sentences.append(f"{values}.")
    if option.details:
        sentences.append(option.details)
    return " ".join(sentences).replace("|", "\\|")


def with_option_reference(markdown: str) -> str:
    """``markdown`` with the generated reference between the markers."""
    start, end = markdown.find(BEGIN), markdown.find(END)
    if start < 0 or end < start:
        raise ValueError(f"the markers {BEGIN!r} and {END!r} are missing or out of order")
    return markdown[: start + len(BEGIN)] + "\n" + render_option_reference() + markdown[end:]


def main(paths: list[str]) -> None:
    for path in map(Path, paths):
        path.write_text(with_option_reference(path.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
