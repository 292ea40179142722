"""Degraded-mode completions through OpenRouter when a primary provider is
down.  Uses the shared httpx.AsyncClient from the client registry; we did not
want another SDK just for this."""
from __future__ import annotations

import logging
import os
from typing import Optional

import httpx

log = logging.getLogger(__name__)

OPENROUTER_CHAT_URL = "https://openrouter.ai/api/v1/chat/completions"
FALLBACK_MODEL = "meta-llama/llama-3.1-70b-instruct"


class FallbackUnavailable(RuntimeError):
    pass


async def openrouter_chat(
    http: httpx.AsyncClient,
    prompt: str,
    system: Optional[str] = None,
    model: str = FALLBACK_MODEL,
    max_tokens: int = 800,
) -> str:
    key = os.environ.get("OPENROUTER_API_KEY")
    if not key:
        raise FallbackUnavailable("OPENROUTER_API_KEY not set")
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": prompt})
    r = await http.post(
        OPENROUTER_CHAT_URL,
        headers={
            "Authorization": f"Bearer {key}",
            "HTTP-Referer": "https://talentloop.example",
            "X-Title": "recruit-api",
        },
        json={"model": model, "messages": messages, "max_tokens": max_tokens},
    )
    if r.status_code >= 500:
        raise FallbackUnavailable(f"openrouter {r.status_code}")
    r.raise_for_status()
    data = r.json()
    log.info("fallback usage: %s", data.get("usage"))
    return data["choices"][0]["message"]["content"]


async def with_fallback(primary, http: httpx.AsyncClient, prompt: str, system: Optional[str] = None) -> str:
    """``primary`` is an async callable taking the prompt."""
    try:
        return await primary(prompt)
    except Exception as exc:  # noqa: BLE001
        log.warning("primary provider failed (%s); using fallback", exc)
        return await openrouter_chat(http, prompt, system=system)
