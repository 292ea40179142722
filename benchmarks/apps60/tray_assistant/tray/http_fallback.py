"""Bare-HTTP fallback for machines where the SDKs can't be installed.

Some corporate images ship an old Python without wheels for the SDKs; the
portable build ("tray-lite") uses these two functions instead.
"""
from __future__ import annotations

import logging
import os

import httpx
import requests

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def claude_http(prompt: str, model: str = "claude-3-5-haiku-latest", max_tokens: int = 800) -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    body = {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
    with httpx.Client(timeout=60) as http:
        r = http.post(ANTHROPIC_URL, headers=headers, json=body)
    r.raise_for_status()
    data = r.json()
    return "".join(part.get("text", "") for part in data.get("content", []))


def openai_http(prompt: str, model: str = "gpt-4o-mini") -> str:
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"model": model, "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
