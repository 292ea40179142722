"""Slack helpers (posting summaries, pulling incident channel history)."""
from __future__ import annotations

import os
from functools import lru_cache

from slack_sdk import WebClient


@lru_cache(maxsize=1)
def get_slack() -> WebClient:
    return WebClient(token=os.environ.get("SLACK_BOT_TOKEN"))


def post(channel: str, text: str, thread_ts: str | None = None) -> str:
    resp = get_slack().chat_postMessage(channel=channel, text=text, thread_ts=thread_ts)
    return resp["ts"]


def channel_excerpt(channel_id: str, limit: int = 200) -> str:
    resp = get_slack().conversations_history(channel=channel_id, limit=limit)
    lines = []
    for msg in reversed(resp["messages"]):
        if msg.get("subtype"):
            continue
        lines.append(f"{msg.get('user', '?')}: {msg.get('text', '')}")
    return "\n".join(lines)
