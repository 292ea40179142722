"""Ops notifications: Slack webhook for the content team, SMS for on-call."""
from __future__ import annotations

import logging

import requests
from twilio.rest import Client as TwilioClient

from common.secrets import Secrets

log = logging.getLogger(__name__)

_twilio: TwilioClient | None = None


def slack(text: str, *, channel_secret: str = "slack-content-webhook") -> None:
    url = Secrets.get(channel_secret)
    try:
        requests.post(url, json={"text": text}, timeout=5)
    except requests.RequestException:
        log.warning("slack notification failed", exc_info=True)


def page_oncall(text: str) -> None:
    global _twilio
    if _twilio is None:
        _twilio = TwilioClient(Secrets.get("twilio-sid"), Secrets.get("twilio-token"))
    _twilio.messages.create(
        body=text[:300],
        from_=Secrets.get("twilio-from-number"),
        to=Secrets.get("oncall-phone-number"),
    )
