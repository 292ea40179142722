"""Slack notifications for campaign events."""

from __future__ import annotations

import logging

import httpx
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from marketcrew.config import settings

logger = logging.getLogger(__name__)


def post_webhook(text: str, blocks: list[dict] | None = None) -> bool:
    if not settings.slack_webhook_url:
        logger.debug("slack webhook not configured, skipping: %s", text[:80])
        return False
    payload: dict = {"text": text}
    if blocks:
        payload["blocks"] = blocks
    resp = httpx.post(settings.slack_webhook_url, json=payload, timeout=10)
    return resp.status_code == 200


class SlackNotifier:
    def __init__(self, token: str | None = None, channel: str | None = None) -> None:
        self.client = WebClient(token=token or settings.slack_bot_token)
        self.channel = channel or settings.slack_channel

    def campaign_ready(self, campaign_id: str, summary: str, url: str | None = None) -> None:
        text = f":rocket: Campaign `{campaign_id}` is ready for review\n{summary}"
        if url:
            text += f"\n<{url}|Open in dashboard>"
        try:
            self.client.chat_postMessage(channel=self.channel, text=text, unfurl_links=False)
        except SlackApiError as exc:
            logger.warning("slack post failed: %s", exc.response.get("error"))

    def failure(self, campaign_id: str, error: str) -> None:
        try:
            self.client.chat_postMessage(channel=self.channel, text=f":warning: `{campaign_id}` failed: {error}")
        except SlackApiError:
            logger.exception("slack failure notification failed")
