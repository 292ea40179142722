"""Thin helpers over the Slack Web API that the handlers share."""

from __future__ import annotations

import logging
from typing import Optional

import requests
from slack_sdk import WebClient

from botkit.config import get_settings

logger = logging.getLogger(__name__)

SLACK_API = "https://slack.com/api"


class SlackAPI:
    def __init__(self, token: Optional[str] = None) -> None:
        self.token = token or get_settings().slack_bot_token
        self._web = WebClient(token=self.token)

    def post(self, channel: str, text: str, thread_ts: Optional[str] = None) -> str:
        resp = self._web.chat_postMessage(channel=channel, text=text, thread_ts=thread_ts)
        return resp["ts"]

    def thread(self, channel: str, thread_ts: str, limit: int = 200) -> list[tuple[str, str]]:
        resp = self._web.conversations_replies(channel=channel, ts=thread_ts, limit=limit)
        return [(m.get("user", "bot"), m.get("text", "")) for m in resp["messages"]]

    def history(self, channel: str, oldest: float, limit: int = 500) -> list[dict]:
        resp = self._web.conversations_history(channel=channel, oldest=str(oldest), limit=limit)
        return resp["messages"]

    def post_blocks_via_webhook(self, webhook_url: str, blocks: list[dict]) -> None:
        # incoming webhooks don't go through the bot token
        r = requests.post(webhook_url, json={"blocks": blocks}, timeout=10)
        r.raise_for_status()

    def post_ephemeral_raw(self, channel: str, user: str, text: str) -> None:
        r = requests.post(
            f"{SLACK_API}/chat.postEphemeral",
            headers={"Authorization": f"Bearer {self.token}"},
            json={"channel": channel, "user": user, "text": text},
            timeout=10,
        )
        if not r.json().get("ok"):
            logger.warning("postEphemeral failed: %s", r.text)

    def upload(self, channel: str, data: bytes, filename: str, title: str = "") -> None:
        self._web.files_upload_v2(channel=channel, content=data, filename=filename, title=title)


slack = SlackAPI()
