import hmac
import os

from lib.config import settings


def bearer_token(headers) -> str | None:
    value = headers.get("authorization") or headers.get("Authorization")
    if not value or not value.lower().startswith("bearer "):
        return None
    return value.split(" ", 1)[1].strip()


def verify_cron(headers) -> bool:
    token = bearer_token(headers)
    if not settings.cron_secret or not token:
        return False
    return hmac.compare_digest(token, settings.cron_secret)


def api_key_ok(headers) -> bool:
    # Internal clients send x-api-key; the browser goes through the Next.js proxy.
    expected = os.environ.get("INTERNAL_API_KEY")
    supplied = headers.get("x-api-key")
    if not expected:
        return not settings.is_production
    return bool(supplied) and hmac.compare_digest(supplied, expected)


def client_ip(headers) -> str:
    forwarded = headers.get("x-forwarded-for") or ""
    if forwarded:
        return forwarded.split(",")[0].strip()
    return headers.get("x-real-ip") or "unknown"
