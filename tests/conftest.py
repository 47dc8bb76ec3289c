import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(relative: str) -> Path:
    """A file from the shared fixtures beside the checkout.

    A user's clone has no ``../shared``: then the test skips; under CI it fails.
    """
    path = SHARED / relative
    if not path.exists():
        message = f"{path} is missing: the shared fixtures sit beside the checkout"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path
