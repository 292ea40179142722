"""Raw-HTTP escape hatch.

Added during the March Groq SDK incident (connection pool leak in an old
release); kept because ops likes being able to flip it on without a deploy.
"""
from __future__ import annotations

import os

import httpx

GROQ_CHAT_URL = "https://api.groq.com/openai/v1/chat/completions"
XAI_CHAT_URL = "https://api.x.ai/v1/chat/completions"

_http = httpx.AsyncClient(timeout=httpx.Timeout(20.0, connect=5.0))


async def groq_chat_raw(messages: list[dict[str, str]], model: str, **params) -> dict:
    resp = await _http.post(
        GROQ_CHAT_URL,
        headers={"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"},
        json={"model": model, "messages": messages, **params},
    )
    resp.raise_for_status()
    return resp.json()


async def grok_chat_raw(messages: list[dict[str, str]], model: str = "grok-2-latest") -> str:
    resp = await _http.post(
        XAI_CHAT_URL,
        headers={"Authorization": f"Bearer {os.environ['XAI_API_KEY']}"},
        json={"model": model, "messages": messages, "temperature": 0},
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


async def post_webhook(url: str, payload: dict) -> int:
    # CRM webhooks; not an LLM endpoint
    resp = await _http.post(url, json=payload)
    return resp.status_code
