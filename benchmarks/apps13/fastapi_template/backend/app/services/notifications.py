"""Outbound notifications: Slack alerts for ops, SMS for urgent tickets."""
import logging

import requests
from twilio.rest import Client as TwilioClient

from app.core.config import settings

logger = logging.getLogger(__name__)

_twilio: TwilioClient | None = None


def _twilio_client() -> TwilioClient | None:
    global _twilio
    if _twilio is None and settings.TWILIO_ACCOUNT_SID:
        _twilio = TwilioClient(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN)
    return _twilio


def send_sms(to: str, body: str) -> str | None:
    client = _twilio_client()
    if client is None:
        logger.info("twilio not configured, dropping sms to %s", to[-4:])
        return None
    message = client.messages.create(
        to=to,
        from_=settings.TWILIO_FROM_NUMBER,
        body=body[:1500],
    )
    return message.sid


def alert_ops(text: str, *, severity: str = "warning") -> None:
    if not settings.SLACK_ALERTS_WEBHOOK_URL:
        return
    emoji = {"warning": ":warning:", "error": ":rotating_light:"}.get(severity, ":information_source:")
    try:
        requests.post(
            settings.SLACK_ALERTS_WEBHOOK_URL,
            json={"text": f"{emoji} {text}"},
            timeout=5,
        )
    except requests.RequestException:
        logger.exception("slack alert failed")
