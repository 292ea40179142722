"""Bare HTTP client for Anthropic.

Written before we pinned the SDK in the image used by the cron box, which
still runs an old Python without the anthropic package. Do not extend;
migrate callers to ai.services.editor instead.
"""
from __future__ import annotations

import os

import requests

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"


class AnthropicHTTPError(RuntimeError):
    pass


def complete(prompt: str, model: str = "claude-3-5-haiku-latest", max_tokens: int = 512) -> str:
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }
    payload = {
        "model": model,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }
    resp = requests.post(ANTHROPIC_URL, headers=headers, json=payload, timeout=60)
    if resp.status_code != 200:
        raise AnthropicHTTPError(f"{resp.status_code}: {resp.text[:200]}")
    body = resp.json()
    return "".join(part.get("text", "") for part in body.get("content", []))


def ping() -> bool:
    """Health check used by the status page; does not hit the model."""
    resp = requests.get("https://status.anthropic.com/api/v2/status.json", timeout=5)
    return resp.ok
