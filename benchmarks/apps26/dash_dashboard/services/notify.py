"""Slack notifications for digests and failed jobs."""
from __future__ import annotations

import logging

import requests

from config import get_settings

log = logging.getLogger(__name__)


class SlackNotifier:
    def __init__(self, webhook_url: str | None = None, channel: str = "#retail-insights") -> None:
        self.webhook_url = webhook_url or get_settings().slack_webhook_url
        self.channel = channel

    def send_message(self, text: str, blocks: list[dict] | None = None) -> bool:
        if not self.webhook_url:
            log.info("Slack disabled, would have sent: %s", text[:120])
            return False
        payload = {"channel": self.channel, "text": text}
        if blocks:
            payload["blocks"] = blocks
        resp = requests.post(self.webhook_url, json=payload, timeout=10)
        if resp.status_code != 200:
            log.warning("Slack webhook returned %s: %s", resp.status_code, resp.text[:200])
            return False
        return True

    def chat(self, text: str) -> bool:
        """Backwards-compatible alias used by the old digest job."""
        return self.send_message(text)
