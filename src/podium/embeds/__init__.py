"""Embeds: the program as HTML for the organizer's own website (script, iframe, component)."""
