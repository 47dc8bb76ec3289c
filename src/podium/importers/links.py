"""Web addresses in an import must be http:// or https://, as the console requires.

They are published as links (a speaker's links and picture, a session's stream and
recording): a ``javascript:`` or ``data:`` address would run in the page of whoever
shows the program.
"""

import re

from podium.importers import program as p
from podium.importers.errors import SessionizeError
from podium.importers.reader import describe

# The scheme then a host; nothing may come before the scheme, not even white space,
# which browsers skip (" javascript:..." runs too).
WEB_ADDRESS = re.compile(r"https?://[^\s/?#]", re.IGNORECASE)


def check_links(program: p.ParsedProgram) -> None:
    for i, speaker in enumerate(program.speakers):
        web_address(speaker.profile_picture, f"speakers[{i}].profilePicture")
        for j, link in enumerate(speaker.links):
            web_address(link.url, f"speakers[{i}].links[{j}].url")
    for i, session in enumerate(program.sessions):
        web_address(session.live_url, f"sessions[{i}].liveUrl")
        web_address(session.recording_url, f"sessions[{i}].recordingUrl")


def web_address(value: str | None, where: str) -> None:
    # Null and "" mean no address: nothing to follow.
    if value and not WEB_ADDRESS.match(value):
        raise SessionizeError(f"{where}: {describe(value)} is not an http:// or https:// URL")
