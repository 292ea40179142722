"""Direct HTTP calls to the Anthropic Messages API.

From when the anthropic SDK pinned an httpx version that clashed with crewai. Still used by
the subject-line A/B job in scripts/; safe to delete once that job moves to the flow.
"""

from __future__ import annotations

import logging
import os
from typing import Any

import httpx

logger = logging.getLogger(__name__)

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"


class ClaudeHTTPError(RuntimeError):
    pass


def _headers() -> dict[str, str]:
    return {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }


def claude_complete(prompt: str, model: str = "claude-3-5-haiku-latest", max_tokens: int = 400, system: str | None = None) -> str:
    payload: dict[str, Any] = {
        "model": model,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }
    if system:
        payload["system"] = system
    resp = httpx.post(ANTHROPIC_MESSAGES_URL, headers=_headers(), json=payload, timeout=60.0)
    if resp.status_code != 200:
        raise ClaudeHTTPError(f"{resp.status_code}: {resp.text[:300]}")
    data = resp.json()
    usage = data.get("usage", {})
    logger.info("claude raw http usage in=%s out=%s", usage.get("input_tokens"), usage.get("output_tokens"))
    return "".join(block.get("text", "") for block in data.get("content", []))


def subject_line_ab(topic: str, n: int = 4) -> list[str]:
    text = claude_complete(
        f"Write {n} email subject lines about: {topic}. One per line, no numbering.",
        system="You are an email marketer. Subject lines under 45 characters.",
    )
    return [line.strip() for line in text.splitlines() if line.strip()][:n]
