"""The reference block of docs/config.md: every ``PODIUM_*`` setting."""

from podium.config_table import SETTINGS


def settings_table() -> str:
    import podium.settings  # noqa: F401  (declaring the settings fills the table)

    lines = ["| variable | type | default | meaning |", "|---|---|---|---|"]
    for setting in SETTINGS.values():
        cells = [f"`{setting.name}`", setting.kind, setting.default, setting.help]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n\n"


def config_blocks() -> dict[str, str]:
    return {"settings": settings_table()}
