"""Posts release notes to Slack. Plain webhook, nothing to do with LLMs."""
from __future__ import annotations

import os

import requests


class SlackNotifier:
    def __init__(self, webhook_url: str | None = None):
        self.webhook_url = webhook_url or os.environ.get("GITAI_SLACK_WEBHOOK", "")

    def chat(self, text: str, channel: str | None = None) -> bool:
        if not self.webhook_url:
            return False
        payload = {"text": text}
        if channel:
            payload["channel"] = channel
        resp = requests.post(self.webhook_url, json=payload, timeout=10)
        return resp.ok
