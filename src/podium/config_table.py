"""Podium's ``PODIUM_*`` settings: each is read and described in one call.

``env_bool``, ``env_int``, ``env_str`` and ``env_list`` read a variable from the
environment and record it, with its type, default and help text, in ``SETTINGS``.
docs/config.md's reference table is generated from that record (``make docs``), so a
setting is documented where it is declared. Declare every setting unconditionally, in
podium/settings.py (or podium/paths.py), so the table is complete whatever the
environment holds.
"""

import os
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Setting:
    name: str
    kind: str  # boolean, whole number, text, URL, list, path
    default: str  # as docs/config.md shows it
    help: str  # Markdown, one paragraph


SETTINGS: dict[str, Setting] = {}


def declare(name: str, kind: str, default: str, help: str) -> None:
    """Record a setting; reading it again (e.g. the data directory) changes nothing."""
    SETTINGS.setdefault(name, Setting(name, kind, default, " ".join(help.split())))


def raw_value(name: str) -> str | None:
    """The variable's value, or None when it is unset or blank."""
    raw = os.environ.get(name)
    return None if raw is None or raw.strip() == "" else raw


def env_bool(name: str, default: bool, *, help: str) -> bool:
    declare(name, "boolean", literal("true" if default else "false"), help)
    raw = raw_value(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use true or false)")


def env_int(
    name: str,
    default: int,
    *,
    help: str,
    minimum: int | None = None,
    maximum: int | None = None,
    shown: str | None = None,
) -> int:
    declare(name, "whole number", shown if shown is not None else literal(str(default)), help)
    raw = raw_value(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        bounds = f"from {minimum}" if maximum is None else f"from {minimum} to {maximum}"
        raise ImproperlyConfigured(f"{name}={raw!r}: use a whole number {bounds}")
    return value


def env_str(
    name: str, default: str, *, help: str, kind: str = "text", shown: str | None = None
) -> str:
    """A text setting; ``shown`` is how the docs describe a default that is no literal."""
    declare(name, kind, shown if shown is not None else literal(default), help)
    raw = raw_value(name)
    return default if raw is None else raw


def env_choice(name: str, default: str, choices: tuple[str, ...], *, help: str) -> str:
    """A text setting that must be one of ``choices`` (any letter case)."""
    declare(name, "one of " + ", ".join(choices), literal(default), help)
    raw = raw_value(name)
    if raw is None:
        return default
    for choice in choices:
        if raw.strip().lower() == choice.lower():
            return choice
    raise ImproperlyConfigured(f"{name}={raw!r}: use one of {', '.join(choices)}")


def env_list(name: str, default: list[str], *, help: str) -> list[str]:
    """A comma-separated list."""
    declare(name, "list", literal(",".join(default)), help)
    raw = raw_value(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def literal(value: str) -> str:
    return f"`{value}`" if value else "(empty)"
