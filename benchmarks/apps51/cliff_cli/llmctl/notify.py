"""Post experiment / review summaries to Slack."""
from __future__ import annotations

import os

import httpx


class SlackNotifier:
    def __init__(self, webhook_url: str | None = None):
        self.webhook_url = webhook_url or os.environ.get("LLMCTL_SLACK_WEBHOOK")

    def chat(self, text: str, channel: str | None = None) -> bool:
        """Send a chat message; returns False when no webhook is configured."""
        if not self.webhook_url:
            return False
        payload = {"text": text}
        if channel:
            payload["channel"] = channel
        resp = httpx.post(self.webhook_url, json=payload, timeout=10)
        return resp.status_code == 200


class ReportGenerator:
    """Builds a plain-text report from experiment aggregates."""

    def __init__(self, title: str):
        self.title = title
        self.sections: list[tuple[str, str]] = []

    def add(self, heading: str, body: str) -> "ReportGenerator":
        self.sections.append((heading, body))
        return self

    def generate(self) -> str:
        out = [self.title, "=" * len(self.title), ""]
        for heading, body in self.sections:
            out += [heading, "-" * len(heading), body, ""]
        return "\n".join(out)
