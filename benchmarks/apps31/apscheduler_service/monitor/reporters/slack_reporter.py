from __future__ import annotations

import httpx

from monitor.reporters.base import Reporter, register


@register("slack")
class SlackReporter(Reporter):
    def generate(self, title: str, body: str) -> dict:
        return {
            "blocks": [
                {"type": "header", "text": {"type": "plain_text", "text": title[:150]}},
                {"type": "section", "text": {"type": "mrkdwn", "text": body[:2900]}},
            ]
        }

    async def send(self, title: str, body: str) -> None:
        url = self.config.get("webhook_url")
        if not url:
            return
        async with httpx.AsyncClient(timeout=10) as client:
            resp = await client.post(url, json=self.generate(title, body))
            resp.raise_for_status()
