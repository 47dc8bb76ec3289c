"""Read the wire format's times back into aware datetimes."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def parse_wire_time(value: str, time_zone: str) -> datetime:
    """An aware datetime from ``YYYY-MM-DDTHH:MM:SS`` (event's zone) or ``...Z`` (UTC)."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=ZoneInfo(time_zone))
    return moment.astimezone(UTC)
