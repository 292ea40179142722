"""Outbound notifications: Slack for the team channel, SMS for on-call."""

from __future__ import annotations

import logging
import os
from typing import Optional

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from twilio.rest import Client as TwilioClient

logger = logging.getLogger(__name__)


class SlackNotifier:
    def __init__(self, token: str, channel: str = "#marketing-analytics") -> None:
        self._client = WebClient(token=token)
        self.channel = channel

    def post(self, text: str, *, thread_ts: Optional[str] = None) -> Optional[str]:
        try:
            response = self._client.chat_postMessage(
                channel=self.channel,
                text=text[:39000],
                thread_ts=thread_ts,
                unfurl_links=False,
            )
            return response["ts"]
        except SlackApiError as exc:
            logger.error("slack post failed: %s", exc.response.get("error"))
            return None


class SmsNotifier:
    def __init__(self) -> None:
        self._client = TwilioClient(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
        self._from = os.environ.get("TWILIO_FROM_NUMBER", "")

    def page(self, to: str, message: str) -> str:
        sms = self._client.messages.create(body=message[:1500], from_=self._from, to=to)
        logger.info("sent sms %s", sms.sid)
        return sms.sid
