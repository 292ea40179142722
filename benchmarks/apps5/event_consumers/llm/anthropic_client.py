"""Anthropic clients.

``post_messages_raw`` talks to the HTTP API directly; it exists for the email
ingestion path, which already holds an aiohttp session and needs the raw JSON
(including ``stop_reason`` edge cases the SDK models used to drop).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List

import aiohttp
import anthropic

from core.settings import settings

logger = logging.getLogger(__name__)

__all__ = [
    "CLAUDE_MODEL",
    "CLAUDE_FAST_MODEL",
    "anthropic_client",
    "async_anthropic",
    "anthropic_headers",
]

CLAUDE_MODEL = settings.anthropic.model
CLAUDE_FAST_MODEL = settings.anthropic.fast_model

anthropic_client = anthropic.Anthropic(api_key=settings.anthropic.api_key, max_retries=2)
async_anthropic = anthropic.AsyncAnthropic(api_key=settings.anthropic.api_key, max_retries=2)

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"


def anthropic_headers() -> Dict[str, str]:
    return {
        "x-api-key": settings.anthropic.api_key or "",
        "anthropic-version": settings.anthropic.api_version,
        "content-type": "application/json",
    }


async def post_messages_raw(
    session: aiohttp.ClientSession,
    messages: List[Dict[str, Any]],
    system: str = "",
    max_tokens: int = 512,
) -> Dict[str, Any]:
    payload: Dict[str, Any] = {
        "model": CLAUDE_FAST_MODEL,
        "max_tokens": max_tokens,
        "messages": messages,
    }
    if system:
        payload["system"] = system
    async with session.post(
        ANTHROPIC_MESSAGES_URL,
        json=payload,
        headers=anthropic_headers(),
        timeout=aiohttp.ClientTimeout(total=60),
    ) as resp:
        body = await resp.json()
        if resp.status >= 400:
            logger.warning("anthropic raw call failed: %s %s", resp.status, body)
            resp.raise_for_status()
        return body
