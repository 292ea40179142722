"""Outbound SMS (PUK codes, eSIM QR links) through Twilio."""
from __future__ import annotations

import os

from twilio.rest import Client

_twilio = Client(os.getenv("TWILIO_ACCOUNT_SID"), os.getenv("TWILIO_AUTH_TOKEN"))
SENDER = os.getenv("TWILIO_SENDER", "Telvio")


def send_sms(to: str, body: str) -> str:
    message = _twilio.messages.create(body=body, from_=SENDER, to=to)
    return message.sid
