"""Where podium keeps its files; shared by the settings and the CLI."""

import secrets
from pathlib import Path

from podium.config_table import env_str, raw_value


def data_dir() -> Path:
    return Path(
        env_str(
            "PODIUM_DATA_DIR",
            "./var",
            kind="path",
            help="Directory for podium's files: the SQLite database `podium.sqlite3`, the "
            "generated `secret_key` and `photos/` (speaker photos uploaded in the console). "
            "Created on first use.",
        )
    ).resolve()


def prepare_data_dir() -> Path:
    """Create the data directory and a persistent secret key on first use."""
    root = data_dir()
    root.mkdir(parents=True, exist_ok=True)
    key_file = root / "secret_key"
    if raw_value("PODIUM_SECRET_KEY") is None and not key_file.exists():
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_urlsafe(50))
    return root
