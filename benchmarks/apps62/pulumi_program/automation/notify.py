"""Slack notifications for deploys (webhook, not an LLM)."""
from __future__ import annotations

import os

import requests

SLACK_WEBHOOK = os.getenv("SLACK_DEPLOY_WEBHOOK", "")


def post_to_slack(text: str, channel: str | None = None) -> bool:
    if not SLACK_WEBHOOK:
        return False
    payload = {"text": text}
    if channel:
        payload["channel"] = channel
    resp = requests.post(SLACK_WEBHOOK, json=payload, timeout=10)
    return resp.ok


def format_deploy_message(stack: str, summary: str, risk: str) -> str:
    emoji = {"low": ":white_check_mark:", "medium": ":warning:", "high": ":rotating_light:"}.get(risk, ":grey_question:")
    return f"{emoji} *{stack}* deployed\n{summary}"
