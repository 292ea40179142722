"""Tools the agents may call: fetch pages, post to Slack, list available models."""
from __future__ import annotations

import os

import httpx
from slack_sdk import WebClient

from agentkit.settings import settings

slack = WebClient(token=settings.slack_token)


def fetch_page(url: str) -> str:
    response = httpx.get(url, follow_redirects=True, timeout=20)
    response.raise_for_status()
    return response.text[:20_000]


def post_update(channel: str, text: str) -> None:
    slack.chat_postMessage(channel=channel, text=text)


def available_models() -> list[str]:
    response = httpx.get(
        "https://api.openai.com/v1/models",
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
    )
    return [m["id"] for m in response.json()["data"]]
