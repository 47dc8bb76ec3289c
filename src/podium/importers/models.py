from podium.importers.mirror.models import Mirror

__all__ = ["Mirror"]
