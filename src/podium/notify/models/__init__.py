from podium.notify.models.publication import Publication
from podium.notify.models.webhook import Delivery, Webhook

__all__ = ["Delivery", "Publication", "Webhook"]
