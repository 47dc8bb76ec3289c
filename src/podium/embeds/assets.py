"""The embeds' stylesheet and script, read once from the package, and the scripts made of them.

The runtime script carries the stylesheet, so a script embed or a component needs one
request and no stylesheet of the host's site applies inside its shadow root.
"""

import functools
import hashlib
import re
from pathlib import Path

import orjson

SCRIPT_TYPE = "text/javascript; charset=utf-8"
FRAGMENT_TYPE = "text/html; charset=utf-8"
STATIC = Path(__file__).resolve().parent / "static" / "embeds"
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_SPACE = re.compile(r"\s*\n\s*")
CSS_PLACEHOLDER = '"__EMBED_STYLESHEET__"'


def json_text(value: str) -> str:
    """A JavaScript string literal that cannot end a script element or an HTML comment."""
    return orjson.dumps(value).decode().replace("<", "\\u003c")


@functools.cache
def stylesheet() -> str:
    """The stylesheet without comments or line breaks (what every embed inlines)."""
    text = (STATIC / "embed.css").read_text()
    return CSS_SPACE.sub(" ", CSS_COMMENT.sub("", text)).strip()


@functools.cache
def runtime() -> str:
    """The script that renders and enhances embeds, with the stylesheet inside."""
    source = (STATIC / "embed.js").read_text()
    if CSS_PLACEHOLDER not in source:
        raise RuntimeError(f"{STATIC / 'embed.js'} lacks the stylesheet's place {CSS_PLACEHOLDER}")
    return source.replace(CSS_PLACEHOLDER, json_text(stylesheet()))


@functools.cache
def assets_digest() -> str:
    """Changes whenever the stylesheet or script changes: part of every embed's ETag."""
    return hashlib.blake2b(runtime().encode(), digest_size=8).hexdigest()


def view_script(fragment: str) -> str:
    """The script a ``<script src>`` tag loads: it puts ``fragment`` right after itself."""
    # document.currentScript is only set while the script's own top level runs.
    return (
        "(function(){var tag=document.currentScript,html="
        + json_text(fragment)
        + ";\n"
        + runtime()
        + "\nwindow.podiumEmbed.place(tag,html);})();\n"
    )
