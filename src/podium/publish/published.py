"""What ``cached_response`` served, noted in the request's WSGI environ.

The fast path (podium/publish/fast/) reads it after Django answered: it learns which
endpoint and representation an address serves, the bytes of each encoding it saw, and
the exact headers Django and its middleware sent, so that it can answer the next
requests of that address alone.
"""

from dataclasses import dataclass

# The environ key (a WSGI extension key: lower case with a dot).
PUBLISHED = "podium.published"


@dataclass(slots=True)
class Published:
    endpoint_id: str
    variant: str
    content_type: str
    digest: str
    # Encoding name ("identity", "gzip", "br") -> (Content-Encoding, body).
    entries: dict[str, tuple[str, bytes]]
