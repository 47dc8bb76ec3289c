"""Standard Webhooks signatures, with secrets that are derived, never stored.

A webhook's secret is HMAC-SHA256(PODIUM_SECRET_KEY, "podium webhook secret" + its
salt): the database holds only the salt, so a dump of it alone reveals no secret (and
changing PODIUM_SECRET_KEY changes every webhook's secret). Receivers get it as
``whsec_<base64>``. Each message is signed as the specification says:
``v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">``, with the
old secret as well for ``PODIUM_WEBHOOK_ROTATION_HOURS`` after a rotation.
"""

import base64
import hashlib
import hmac
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from podium.notify.models import Webhook
from podium.notify.models.webhook import new_key_salt

PREFIX = "whsec_"


def secret_bytes(salt: str) -> bytes:
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, b"podium webhook secret\x1f" + salt.encode(), hashlib.sha256).digest()


def secret_of(webhook: Webhook) -> str:
    """The signing secret a receiver verifies with: ``whsec_`` and 32 bytes in base64."""
    return PREFIX + base64.b64encode(secret_bytes(webhook.key_salt)).decode()


def signing_salts(webhook: Webhook, now: datetime) -> list[str]:
    salts = [webhook.key_salt]
    window = timedelta(hours=settings.WEBHOOK_ROTATION_HOURS)
    if webhook.previous_key_salt and webhook.rotated_at and now < webhook.rotated_at + window:
        salts.append(webhook.previous_key_salt)
    return salts


def signature(salt: str, message_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    mac = hmac.new(secret_bytes(salt), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def signed_headers(webhook: Webhook, message_id: str, body: bytes, now: datetime) -> dict:
    """The three Standard Webhooks headers of one attempt."""
    timestamp = int(now.timestamp())
    signatures = [signature(s, message_id, timestamp, body) for s in signing_salts(webhook, now)]
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": " ".join(signatures),
    }


def rotate(webhook: Webhook) -> str:
    """Give the webhook a new secret (returned); the old one still signs for a while."""
    webhook.previous_key_salt = webhook.key_salt
    webhook.key_salt = new_key_salt()
    webhook.rotated_at = timezone.now()
    webhook.save(update_fields=["previous_key_salt", "key_salt", "rotated_at"])
    return secret_of(webhook)
