"""Podium: a self-hosted conference program API, wire-compatible with Sessionize v2."""

__version__ = "0.1.0"
