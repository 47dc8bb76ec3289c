"""The one error type of the importers: its message says what is wrong and where."""


class SessionizeError(Exception):
    """A file, URL or option that cannot be imported; the message names the location."""
