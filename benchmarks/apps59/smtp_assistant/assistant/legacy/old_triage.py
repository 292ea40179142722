"""Original triage (v0.2). Still used by `poll_once` on the old cron box.

TODO(mk): move to pipeline.triage.Triager once finance signs off on the new categories.
"""
from __future__ import annotations

import json
import logging
import os

import requests

from assistant.parsing import ParsedMessage

log = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
LABELS = ["invoice", "receipt", "statement", "reminder", "other"]


def classify_finance_mail(msg: ParsedMessage) -> str:
    payload = {
        "model": "gpt-4o-mini",
        "temperature": 0,
        "messages": [
            {"role": "system", "content": f"Label this finance email as one of: {', '.join(LABELS)}. One word."},
            {"role": "user", "content": msg.short(3000)},
        ],
    }
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json=payload,
        timeout=30,
    )
    r.raise_for_status()
    label = r.json()["choices"][0]["message"]["content"].strip().lower()
    return label if label in LABELS else "other"


def post_to_slack(webhook: str, text: str) -> None:
    # Not an LLM call; just the finance channel webhook.
    requests.post(webhook, json={"text": text}, timeout=10)


def handle(msg: ParsedMessage) -> None:
    label = classify_finance_mail(msg)
    log.info("legacy triage %s -> %s", msg.message_id, label)
    hook = os.environ.get("FINANCE_SLACK_WEBHOOK")
    if hook and label in {"invoice", "reminder"}:
        post_to_slack(hook, f"[{label}] {msg.sender}: {msg.subject}")
