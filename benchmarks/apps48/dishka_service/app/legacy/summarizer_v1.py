"""v1 summarizer, still used by the weekly export job (scripts/export_summaries.py)."""
from __future__ import annotations

import logging
import os

import requests

from app.legacy import get_anthropic, get_openai

logger = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def summarize_openai(text: str, words: int = 150) -> str:
    client = get_openai()
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": f"Summarize in at most {words} words."},
            {"role": "user", "content": text},
        ],
    )
    return resp.choices[0].message.content


def summarize_claude(text: str) -> str:
    msg = get_anthropic().messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=512,
        messages=[{"role": "user", "content": f"Summarize:\n\n{text}"}],
    )
    return msg.content[0].text


def summarize_claude_raw(text: str) -> str:
    """The very first implementation; kept because the export job pins its output format."""
    r = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-haiku-20240307",
            "max_tokens": 512,
            "messages": [{"role": "user", "content": f"Summarize:\n\n{text}"}],
        },
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def summarize(text: str, engine: str = "openai") -> str:
    if engine == "claude":
        return summarize_claude(text)
    if engine == "claude-raw":
        return summarize_claude_raw(text)
    return summarize_openai(text)
