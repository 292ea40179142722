"""Post runbook output to Slack."""
from __future__ import annotations

import os

from slack_sdk import WebClient

from netauto.settings import get_settings


class SlackReporter:
    def __init__(self, token: str | None = None, channel: str | None = None):
        self.client = WebClient(token=token or os.environ.get("SLACK_BOT_TOKEN"))
        self.channel = channel or get_settings().slack_channel

    def post(self, text: str, thread_ts: str | None = None) -> str:
        resp = self.client.chat_postMessage(channel=self.channel, text=text, thread_ts=thread_ts)
        return resp["ts"]

    def upload(self, path: str, title: str) -> None:
        self.client.files_upload_v2(channel=self.channel, file=path, title=title)
