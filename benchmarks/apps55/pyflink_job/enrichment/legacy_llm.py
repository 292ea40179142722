"""Legacy helpers from the Spark era (2022-2023).

Still imported by jobs/support_chat_summaries.py and scripts/replay_dlq.py.
TODO(pkaur): move the callers to enrichment.router and delete this module.
"""
from __future__ import annotations

import os
import time

import requests
from openai import OpenAI

_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_HEADERS = {
    "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
    "anthropic-version": "2023-06-01",
    "content-type": "application/json",
}


def legacy_tag_message(text: str) -> str:
    completion = _client.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Give 3 comma separated tags for: {text}"}],
    )
    return completion.choices[0].message.content


def legacy_summary_http(transcript: str, retries: int = 3) -> str:
    payload = {
        "model": "claude-3-haiku-20240307",
        "max_tokens": 256,
        "messages": [{"role": "user", "content": "Summarise:\n" + transcript}],
    }
    for attempt in range(retries):
        r = requests.post(ANTHROPIC_MESSAGES_URL, headers=ANTHROPIC_HEADERS, json=payload, timeout=30)
        if r.status_code == 529 or r.status_code >= 500:
            time.sleep(2**attempt)
            continue
        r.raise_for_status()
        return r.json()["content"][0]["text"]
    raise RuntimeError("anthropic unavailable")


def get_legacy_client() -> OpenAI:
    return _client
