"""Raw HTTP calls to model APIs.

Prompt-caching experiments (Anthropic) and a Groq fallback that avoids the SDK
when the SDK's retry logic is fighting our own timeouts.
"""
from __future__ import annotations

import logging
import os
from typing import Any

import httpx

log = logging.getLogger(__name__)

GROQ_CHAT_URL = "https://api.groq.com/openai/v1/chat/completions"


async def cached_messages(http: httpx.AsyncClient, system_blocks: list[dict], messages: list[dict], model: str) -> dict:
    """POST /v1/messages with cache_control on the system blocks.

    ``http`` is ``app.ctx.anthropic_http`` (base_url + auth headers set there).
    """
    payload: dict[str, Any] = {
        "model": model,
        "max_tokens": 700,
        "system": [dict(b, cache_control={"type": "ephemeral"}) for b in system_blocks],
        "messages": messages,
    }
    r = await http.post("/v1/messages", json=payload)
    r.raise_for_status()
    data = r.json()
    usage = data.get("usage", {})
    log.debug(
        "cache read=%s write=%s",
        usage.get("cache_read_input_tokens"),
        usage.get("cache_creation_input_tokens"),
    )
    return data


async def groq_chat_raw(messages: list[dict], model: str = "llama-3.1-8b-instant", timeout: float = 4.0) -> str:
    headers = {"Authorization": f"Bearer {os.environ.get('GROQ_API_KEY', '')}"}
    async with httpx.AsyncClient(timeout=timeout) as client:
        r = await client.post(
            GROQ_CHAT_URL,
            headers=headers,
            json={"model": model, "messages": messages, "max_tokens": 256},
        )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


async def notify_slack(http: httpx.AsyncClient, webhook_url: str, text: str) -> None:
    if not webhook_url:
        return
    r = await http.post(webhook_url, json={"text": text})
    if r.status_code >= 400:
        log.warning("slack webhook failed: %s", r.text[:200])
