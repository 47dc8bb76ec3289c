from podium.publish.models.endpoint import Endpoint, Format, IncludeSessions

__all__ = ["Endpoint", "Format", "IncludeSessions"]
