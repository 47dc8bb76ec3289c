"""Where podium keeps its files; shared by the settings and the CLI."""

import os
import secrets
from pathlib import Path


def data_dir() -> Path:
    return Path(os.environ.get("PODIUM_DATA_DIR") or "./var").resolve()


def prepare_data_dir() -> Path:
    """Create the data directory and a persistent secret key on first use."""
    root = data_dir()
    root.mkdir(parents=True, exist_ok=True)
    key_file = root / "secret_key"
    if not os.environ.get("PODIUM_SECRET_KEY") and not key_file.exists():
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_urlsafe(50))
    return root
