"""Live mirrors: an event kept in line with a Sessionize endpoint or a pretalx event."""
